import 'server-only';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database, type Transaction } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { pageWindow } from '@/lib/pagination';
import { checkWebhookUrl, WebhookAddressError, type AddressPolicy } from './address-guard';
import { defaultAddressPolicy } from './dispatch';
import { newEventId } from './emit';
import { WEBHOOK_EVENT_TYPES, webhookEnvelope } from './events';
import { sealWebhookSecret } from './secret-box';
import { generateWebhookSecret } from './signing';

/**
 * What an admin does with webhook endpoints (/admin/webhooks): register, turn on and off, rotate
 * the secret, delete, read the delivery log, replay, send a test. Every change is audited; the
 * secret is returned only by register and rotate, to be shown once.
 */
type Admin = { id: string; role: Role };
type Deps = { database?: Database; totpKey?: string; policy?: AddressPolicy };

export const registerEndpointSchema = z.object({
  url: z.string().trim().min(1, 'Enter the URL that receives the webhooks.').max(2000, 'That URL is too long.'),
  description: z.string().trim().max(200, 'Keep the description under 200 characters.'),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, 'Choose at least one event.').max(WEBHOOK_EVENT_TYPES.length),
});
export const endpointIdSchema = z.object({ endpointId: z.uuid() });
export const deliveryIdSchema = z.object({ endpointId: z.uuid(), deliveryId: z.uuid() });

export class WebhookEndpointNotFoundError extends DomainError {
  constructor() {
    super('This endpoint does not exist any more.');
  }
}
export class WebhookEndpointDisabledError extends DomainError {
  constructor() {
    super('Turn the endpoint on first: nothing is sent to an endpoint that is off.');
  }
}

const audit = (tx: Database | Transaction, admin: Admin, ip: string | null, action: string, endpointId: string, details: Record<string, unknown>) =>
  recordAudit(tx, { actorId: admin.id, actorRole: admin.role, action, entityType: 'webhook_endpoint', entityId: endpointId, ip, details });

export async function registerWebhookEndpoint(input: z.input<typeof registerEndpointSchema>, admin: Admin, ip: string | null, deps: Deps = {}) {
  const parsed = registerEndpointSchema.parse(input);
  let url: URL;
  try {
    url = checkWebhookUrl(parsed.url, deps.policy ?? defaultAddressPolicy());
  } catch (error) {
    if (error instanceof WebhookAddressError) throw new DomainError(error.message, { url: [error.message] });
    throw error;
  }
  const secret = generateWebhookSecret();
  const events = [...new Set(parsed.events)];
  const database = deps.database ?? db;
  return database.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ url: url.toString(), description: parsed.description, events, secretEncrypted: sealWebhookSecret(secret, deps.totpKey ?? env.TOTP_ENCRYPTION_KEY), createdBy: admin.id })
      .returning({ id: webhookEndpoints.id });
    await audit(tx, admin, ip, 'webhook.endpoint_created', row!.id, { url: url.toString(), events });
    return { id: row!.id, url: url.toString(), secret };
  });
}

export async function setWebhookEndpointEnabled(endpointId: string, enabled: boolean, admin: Admin, ip: string | null, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set(
        enabled
          ? { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null, updatedAt: sql`now()` }
          : { enabled: false, disabledReason: 'Turned off by an admin.', disabledAt: sql`now()`, updatedAt: sql`now()` },
      )
      .where(eq(webhookEndpoints.id, endpointId))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw new WebhookEndpointNotFoundError();
    await audit(tx, admin, ip, enabled ? 'webhook.endpoint_enabled' : 'webhook.endpoint_disabled', endpointId, { url: row.url });
  });
}

/** A new secret at once; the old one stops signing. Returned to be shown once. */
export async function rotateWebhookSecret(endpointId: string, admin: Admin, ip: string | null, deps: Deps = {}): Promise<{ secret: string }> {
  const secret = generateWebhookSecret();
  await (deps.database ?? db).transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ secretEncrypted: sealWebhookSecret(secret, deps.totpKey ?? env.TOTP_ENCRYPTION_KEY), updatedAt: sql`now()` })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw new WebhookEndpointNotFoundError();
    await audit(tx, admin, ip, 'webhook.secret_rotated', endpointId, { url: row.url });
  });
  return { secret };
}

/** The endpoint and its delivery log go; the audit log keeps what was done. */
export async function deleteWebhookEndpoint(endpointId: string, admin: Admin, ip: string | null, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).returning({ url: webhookEndpoints.url });
    if (!row) throw new WebhookEndpointNotFoundError();
    await audit(tx, admin, ip, 'webhook.endpoint_deleted', endpointId, { url: row.url });
  });
}

/** Puts a finished delivery back in the queue, due now, with the same webhook-id and body. */
export async function replayWebhookDelivery(input: z.output<typeof deliveryIdSchema>, admin: Admin, ip: string | null, database: Database = db): Promise<{ deliveryId: string }> {
  return database.transaction(async (tx) => {
    const endpoint = await lockedEnabledEndpoint(tx, input.endpointId);
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ state: 'pending', attempts: 0, nextAttemptAt: sql`now()`, deliveredAt: null })
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.endpointId, input.endpointId), inArray(webhookDeliveries.state, ['delivered', 'failed'])))
      .returning({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId, eventType: webhookDeliveries.eventType });
    if (!row) throw new DomainError('This delivery is already queued or being sent.');
    await audit(tx, admin, ip, 'webhook.delivery_replayed', input.endpointId, { url: endpoint.url, deliveryId: row.id, eventId: row.eventId, eventType: row.eventType });
    return { deliveryId: row.id };
  });
}

/** A `webhook.test` event for this endpoint alone, so a partner can check their signature code. */
export async function queueWebhookTest(endpointId: string, admin: Admin, ip: string | null, database: Database = db): Promise<{ deliveryId: string }> {
  return database.transaction(async (tx) => {
    const endpoint = await lockedEnabledEndpoint(tx, endpointId);
    const payload = webhookEnvelope('webhook.test', { endpointId, message: 'A test event from MediNest.' }, new Date());
    const [row] = await tx.insert(webhookDeliveries).values({ endpointId, eventId: newEventId(), eventType: 'webhook.test', payload }).returning({ id: webhookDeliveries.id });
    await audit(tx, admin, ip, 'webhook.test_sent', endpointId, { url: endpoint.url, deliveryId: row!.id });
    return { deliveryId: row!.id };
  });
}

async function lockedEnabledEndpoint(tx: Transaction, endpointId: string) {
  const [endpoint] = await tx.select({ url: webhookEndpoints.url, enabled: webhookEndpoints.enabled }).from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).for('update');
  if (!endpoint) throw new WebhookEndpointNotFoundError();
  if (!endpoint.enabled) throw new WebhookEndpointDisabledError();
  return endpoint;
}

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  consecutiveFailures: webhookEndpoints.consecutiveFailures,
  failingSince: webhookEndpoints.failingSince,
  lastSuccessAt: webhookEndpoints.lastSuccessAt,
  createdAt: webhookEndpoints.createdAt,
};

export const WEBHOOK_ENDPOINTS_PER_PAGE = 25;
export const WEBHOOK_DELIVERIES_PER_PAGE = 25;

export async function listWebhookEndpoints(requestedPage: number, database: Database = db) {
  const [{ total } = { total: 0 }] = await database.select({ total: count() }).from(webhookEndpoints);
  const { page, pageCount, limit, offset } = pageWindow(total, requestedPage, WEBHOOK_ENDPOINTS_PER_PAGE);
  const rows = await database.select(endpointColumns).from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id)).limit(limit).offset(offset);
  return { rows, total: Number(total), page, pageCount };
}

export async function findWebhookEndpoint(endpointId: string, database: Database = db) {
  if (!z.uuid().safeParse(endpointId).success) return null;
  const [row] = await database.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
  return row ?? null;
}

/** Newest first; the payload stays out (the page shows type, id, answers). */
export async function listWebhookDeliveries(endpointId: string, requestedPage: number, database: Database = db) {
  const where = eq(webhookDeliveries.endpointId, endpointId);
  const [{ total } = { total: 0 }] = await database.select({ total: count() }).from(webhookDeliveries).where(where);
  const { page, pageCount, limit, offset } = pageWindow(total, requestedPage, WEBHOOK_DELIVERIES_PER_PAGE);
  const rows = await database
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      state: webhookDeliveries.state,
      attempts: webhookDeliveries.attempts,
      lastResponseCode: webhookDeliveries.lastResponseCode,
      lastError: webhookDeliveries.lastError,
      attemptLog: webhookDeliveries.attemptLog,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: Number(total), page, pageCount };
}
