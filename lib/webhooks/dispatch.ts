import 'server-only';
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { db as defaultDb, type Database, type Transaction } from '@/db/client';
import { users, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/nepal-time';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { logger } from '@/lib/observability/logger';
import { rolesWith } from '@/lib/permissions/matrix';
import type { AddressPolicy } from './address-guard';
import { postWebhook, type PostOutcome } from './post';
import { openWebhookSecret } from './secret-box';
import { webhookHeaders } from './signing';

/**
 * Waits after attempts 1…7 (8 attempts in all, about 26 hours): quick ones for a blip, long
 * ones for a receiver that is down overnight. The dispatcher runs every minute, so the first
 * retry comes at the next run.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 8 * 3_600_000, 10 * 3_600_000] as const;
export const MAX_WEBHOOK_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint whose every delivery failed for this long, at least this many times, is turned off. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;
export const DISABLE_AFTER_FAILURES = 10;
const PARALLEL_SENDS = 5;
// A claimed delivery is leased past the longest POST; a dispatcher that died mid-send leaves it due again.
const claimLeaseMs = () => env.WEBHOOK_TIMEOUT_MS + 5 * 60_000;

export const retryDelayMs = (attempts: number): number => RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;

export type WebhookDispatchDeps = { db?: Database; timeoutMs?: number; policy?: AddressPolicy; totpKey?: string };
export type WebhookDispatchSummary = { claimed: number; delivered: number; retrying: number; failed: number; endpointsDisabled: number };

export const defaultAddressPolicy = (): AddressPolicy => ({ production: env.NODE_ENV === 'production', allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK });

/**
 * Sends due webhook deliveries. Claimed with FOR UPDATE SKIP LOCKED in a short transaction (two
 * dispatchers never take the same row), posted outside any transaction, each attempt's answer
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
  const claimed = await claimDue(db, now, limit, deliveryId);
  const summary: WebhookDispatchSummary = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0, endpointsDisabled: 0 };

  const deliver = async (row: (typeof claimed)[number]) => {
    let outcome: PostOutcome;
    try {
      const body = JSON.stringify(row.payload);
      const headers = webhookHeaders(openWebhookSecret(row.secretEncrypted, totpKey), row.eventId, Math.floor(Date.now() / 1000), body);
      outcome = await postWebhook(new URL(row.url), headers, body, { timeoutMs, policy });
    } catch (error) {
      outcome = { code: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 300), ms: 0 };
    }
    const at = new Date();
    const entry = sql`${JSON.stringify([{ at: at.toISOString(), code: outcome.code, error: outcome.error, ms: outcome.ms }])}::jsonb`;
    if (outcome.error === null) {
      await db.transaction(async (tx) => {
        await tx
          .update(webhookDeliveries)
          .set({ state: 'delivered', deliveredAt: at, lastResponseCode: outcome.code, lastError: null, attemptLog: sql`${webhookDeliveries.attemptLog} || ${entry}` })
          .where(eq(webhookDeliveries.id, row.id));
        await tx.update(webhookEndpoints).set({ consecutiveFailures: 0, failingSince: null, lastSuccessAt: at }).where(eq(webhookEndpoints.id, row.endpointId));
      });
      summary.delivered += 1;
      return;
    }
    const giveUp = row.attempts >= MAX_WEBHOOK_ATTEMPTS;
    const disabled = await db.transaction(async (tx) => {
      await tx
        .update(webhookDeliveries)
        .set({
          state: giveUp ? 'failed' : 'pending',
          lastResponseCode: outcome.code,
          lastError: outcome.error,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
          attemptLog: sql`${webhookDeliveries.attemptLog} || ${entry}`,
        })
        .where(eq(webhookDeliveries.id, row.id));
      const [endpoint] = await tx
        .update(webhookEndpoints)
        .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`, failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)` })
        .where(eq(webhookEndpoints.id, row.endpointId))
        .returning({ failures: webhookEndpoints.consecutiveFailures, failingSince: webhookEndpoints.failingSince, enabled: webhookEndpoints.enabled });
      if (!endpoint?.enabled || endpoint.failures < DISABLE_AFTER_FAILURES || !endpoint.failingSince || now.getTime() - endpoint.failingSince.getTime() < DISABLE_AFTER_MS) return false;
      await disableFailingEndpoint(tx, { id: row.endpointId, url: row.url, failures: endpoint.failures, failingSince: endpoint.failingSince, lastError: outcome.error ?? 'unknown' });
      return true;
    });
    logger.warn({ webhookDeliveryId: row.id, endpointId: row.endpointId, attempts: row.attempts, code: outcome.code, giveUp, error: outcome.error }, 'webhook not delivered');
    if (disabled) summary.endpointsDisabled += 1;
    if (giveUp) summary.failed += 1;
    else summary.retrying += 1;
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

async function claimDue(db: Database, now: Date, limit: number, deliveryId?: string) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(
          inArray(webhookDeliveries.state, ['pending', 'sending']),
          lte(webhookDeliveries.nextAttemptAt, now),
          eq(webhookEndpoints.enabled, true),
          deliveryId ? eq(webhookDeliveries.id, deliveryId) : undefined,
        ),
      )
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(limit)
      .for('update', { of: webhookDeliveries, skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(webhookDeliveries)
      .set({ state: 'sending', attempts: sql`${webhookDeliveries.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + claimLeaseMs()) })
      .where(or(...due.map((d) => eq(webhookDeliveries.id, d.id))))
      .returning({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, payload: webhookDeliveries.payload, attempts: webhookDeliveries.attempts });
    const endpoints = await tx
      .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, secretEncrypted: webhookEndpoints.secretEncrypted })
      .from(webhookEndpoints)
      .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((c) => c.endpointId))]));
    const byId = new Map(endpoints.map((e) => [e.id, e]));
    return claimed.map((c) => ({ ...c, url: byId.get(c.endpointId)!.url, secretEncrypted: byId.get(c.endpointId)!.secretEncrypted }));
  });
}
