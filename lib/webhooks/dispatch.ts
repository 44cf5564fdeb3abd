import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db as defaultDb, type Database, type Transaction } from '@/db/client';
import { users, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/nepal-time';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { logger } from '@/lib/observability/logger';
import { defineOutbox, emptySummary, errorText, type DispatchSummary } from '@/lib/outbox/outbox';
import { WEBHOOK_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { rolesWith } from '@/lib/permissions/matrix';
import type { AddressPolicy } from './address-guard';
import { postWebhook, type PostOutcome } from './post';
import { openWebhookSecret } from './secret-box';
import { webhookHeaders } from './signing';

/** An endpoint whose every delivery failed for this long, at least this many times, is turned off. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;
export const DISABLE_AFTER_FAILURES = 10;
const PARALLEL_SENDS = 5;
// A claimed delivery is leased past the longest POST; a dispatcher that died mid-send leaves it due again.
const webhookOutbox = defineOutbox(webhookDeliveries, { state: 'state', leaseMs: () => env.WEBHOOK_TIMEOUT_MS + 5 * 60_000, retry: WEBHOOK_RETRY_POLICY });

export type WebhookDispatchDeps = { db?: Database; timeoutMs?: number; policy?: AddressPolicy; totpKey?: string };
export type WebhookDispatchSummary = DispatchSummary & { endpointsDisabled: number };

export const defaultAddressPolicy = (): AddressPolicy => ({ production: env.NODE_ENV === 'production', allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK });

/**
 * Sends due webhook deliveries of enabled endpoints (lib/outbox claims them), each attempt's answer
 * logged on the row. `deliveryId` sends just that one now (a replay or test from the back office).
 */
export async function dispatchDueWebhooks(
  { now = new Date(), limit = 20, deliveryId }: { now?: Date; limit?: number; deliveryId?: string } = {},
  deps: WebhookDispatchDeps = {},
): Promise<WebhookDispatchSummary> {
  const db = deps.db ?? defaultDb;
  const policy = deps.policy ?? defaultAddressPolicy();
  const timeoutMs = deps.timeoutMs ?? env.WEBHOOK_TIMEOUT_MS;
  const totpKey = deps.totpKey ?? env.TOTP_ENCRYPTION_KEY;
  const claimed = await webhookOutbox.claimDue(
    db,
    {
      now,
      limit,
      where: and(inArray(webhookDeliveries.endpointId, db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.enabled, true))), deliveryId ? eq(webhookDeliveries.id, deliveryId) : undefined),
      returning: { endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, payload: webhookDeliveries.payload },
    },
    withEndpoints,
  );
  const summary: WebhookDispatchSummary = { ...emptySummary(claimed.length), endpointsDisabled: 0 };

  const deliver = async (row: (typeof claimed)[number]) => {
    let outcome: PostOutcome;
    try {
      const body = JSON.stringify(row.payload);
      const headers = webhookHeaders(openWebhookSecret(row.secretEncrypted, totpKey), row.eventId, Math.floor(Date.now() / 1000), body);
      outcome = await postWebhook(new URL(row.url), headers, body, { timeoutMs, policy });
    } catch (error) {
      outcome = { code: null, error: errorText(error, 300), ms: 0 };
    }
    const at = new Date();
    const entry = sql`${JSON.stringify([{ at: at.toISOString(), code: outcome.code, error: outcome.error, ms: outcome.ms }])}::jsonb`;
    if (outcome.error === null) {
      await db.transaction(async (tx) => {
        await webhookOutbox.recordDelivered(tx, row.id, 'delivered', { deliveredAt: at, lastResponseCode: outcome.code, attemptLog: sql`${webhookDeliveries.attemptLog} || ${entry}` });
        await tx.update(webhookEndpoints).set({ consecutiveFailures: 0, failingSince: null, lastSuccessAt: at }).where(eq(webhookEndpoints.id, row.endpointId));
      });
      summary.delivered += 1;
      return;
    }
    const failure = outcome.error;
    const { giveUp, disabled } = await db.transaction(async (tx) => {
      const giveUp = await webhookOutbox.recordFailure(tx, row, { now, error: failure, set: () => ({ lastResponseCode: outcome.code, attemptLog: sql`${webhookDeliveries.attemptLog} || ${entry}` }) });
      const [endpoint] = await tx
        .update(webhookEndpoints)
        .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`, failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)` })
        .where(eq(webhookEndpoints.id, row.endpointId))
        .returning({ failures: webhookEndpoints.consecutiveFailures, failingSince: webhookEndpoints.failingSince, enabled: webhookEndpoints.enabled });
      if (!endpoint?.enabled || endpoint.failures < DISABLE_AFTER_FAILURES || !endpoint.failingSince || now.getTime() - endpoint.failingSince.getTime() < DISABLE_AFTER_MS) return { giveUp, disabled: false };
      await disableFailingEndpoint(tx, { id: row.endpointId, url: row.url, failures: endpoint.failures, failingSince: endpoint.failingSince, lastError: failure });
      return { giveUp, disabled: true };
    });
    logger.warn({ webhookDeliveryId: row.id, endpointId: row.endpointId, attempts: row.attempts, code: outcome.code, giveUp, error: outcome.error }, 'webhook not delivered');
    if (disabled) summary.endpointsDisabled += 1;
    summary[giveUp ? 'failed' : 'retrying'] += 1;
  };
  // A few at a time: one slow partner holds up only its own lane, and a run stays well inside its lease.
  const queue = [...claimed];
  const lane = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) await deliver(row);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, lane));
  return summary;
}

/** Turns the endpoint off, closes what it still had queued, and tells every admin through the outbox. */
async function disableFailingEndpoint(tx: Transaction, endpoint: { id: string; url: string; failures: number; failingSince: Date; lastError: string }) {
  const reason = `Turned off automatically: ${endpoint.failures} failed deliveries in a row since ${formatDateTime(endpoint.failingSince)}.`;
  // Only the dispatcher that turns it off tells the admins (a second one waited on the row lock and finds it off).
  const [turnedOff] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason, disabledAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id });
  if (!turnedOff) return;
  await tx
    .update(webhookDeliveries)
    .set({ state: 'failed', lastError: 'Endpoint turned off after repeated failures' })
    .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.state, 'pending')));
  await recordAudit(tx, { actorId: null, actorRole: null, action: 'webhook.endpoint_disabled', entityType: 'webhook_endpoint', entityId: endpoint.id, details: { url: endpoint.url, failures: endpoint.failures, automatic: true } });
  const admins = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.role, rolesWith('webhooks.manage')), isNull(users.disabledAt)));
  for (const admin of admins) {
    await enqueueNotification(tx, {
      userId: admin.id,
      toEmail: admin.email,
      template: 'webhook-disabled',
      payload: { url: endpoint.url, failures: endpoint.failures, failingSince: formatDateTime(endpoint.failingSince), lastError: endpoint.lastError, manageUrl: `${env.APP_URL}/admin/webhooks/${endpoint.id}` },
    });
  }
}

/** Each claimed delivery with its endpoint's URL and sealed secret. */
async function withEndpoints<Row extends { endpointId: string }>(tx: Transaction, claimed: Row[]) {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, secretEncrypted: webhookEndpoints.secretEncrypted })
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((c) => c.endpointId))]));
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return claimed.map((c) => ({ ...c, url: byId.get(c.endpointId)!.url, secretEncrypted: byId.get(c.endpointId)!.secretEncrypted }));
}
