import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db as defaultDb, type Database, type Transaction } from '@/db/client';
import { pushMessages, pushSubscriptions } from '@/db/schema';
import { logger } from '@/lib/observability/logger';
import { defineOutbox, emptySummary, errorText, type DispatchSummary } from '@/lib/outbox/outbox';
import { MESSAGE_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { defaultPushSender, PushServiceError, type PushSender } from './sender';

// As for email and SMS: a claimed row is leased, and due again if the dispatcher dies mid-send.
const pushOutbox = defineOutbox(pushMessages, { state: 'status', leaseMs: () => 10 * 60_000, retry: MESSAGE_RETRY_POLICY });
const ICON = '/icons/icon-192.png';

export type PushDispatchSummary = DispatchSummary & { subscriptionsRemoved: number };

/**
 * Sends due push messages, claimed like email and SMS, with the same backoff and attempts. A push
 * service answering 404 or 410 means the browser is gone: its subscription is deleted and its
 * messages are given up on. A message whose subscription was deleted meanwhile (opt-out) is given
 * up on without sending.
 */
export async function dispatchDuePush(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; sender?: PushSender } = {},
): Promise<PushDispatchSummary> {
  const db = deps.db ?? defaultDb;
  const claimed = await pushOutbox.claimDue(
    db,
    { now, limit, returning: { subscriptionId: pushMessages.subscriptionId, title: pushMessages.title, body: pushMessages.body, url: pushMessages.url } },
    withTargets,
  );
  const summary: PushDispatchSummary = { ...emptySummary(claimed.length), subscriptionsRemoved: 0 };
  if (claimed.length === 0) return summary;
  const sender = deps.sender ?? defaultPushSender();

  for (const row of claimed) {
    if (!row.subscriptionId || !row.endpoint || !row.p256dh || !row.auth) {
      await pushOutbox.recordGivenUp(db, row.id, 'The browser unsubscribed before it was sent.');
      summary.failed += 1;
      continue;
    }
    const payload = JSON.stringify({ title: row.title, body: row.body, url: row.url, icon: ICON, tag: row.id });
    try {
      const outcome = await sender.send({ endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth }, payload);
      await pushOutbox.recordDelivered(db, row.id, 'sent', { sentAt: new Date(), lastStatusCode: outcome.statusCode });
      await db.update(pushSubscriptions).set({ lastSuccessAt: new Date(), failures: 0 }).where(eq(pushSubscriptions.id, row.subscriptionId));
      summary.delivered += 1;
    } catch (error) {
      const refusal = error instanceof PushServiceError ? error : null;
      const message = errorText(error);
      if (refusal?.kind === 'gone') {
        await db.transaction(async (tx) => {
          await pushOutbox.recordGivenUp(tx, row.id, message, { lastStatusCode: refusal.statusCode });
          await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, row.subscriptionId!));
        });
        logger.info({ pushMessageId: row.id, statusCode: refusal.statusCode }, 'push subscription gone; deleted');
        summary.failed += 1;
        summary.subscriptionsRemoved += 1;
        continue;
      }
      const giveUp = await pushOutbox.recordFailure(db, row, { now, error: message, permanent: refusal?.kind === 'permanent', set: () => ({ lastStatusCode: refusal?.statusCode ?? null }) });
      await db.update(pushSubscriptions).set({ failures: sql`${pushSubscriptions.failures} + 1` }).where(eq(pushSubscriptions.id, row.subscriptionId));
      logger.warn({ pushMessageId: row.id, attempts: row.attempts, giveUp, statusCode: refusal?.statusCode, error: message }, 'push not sent');
      summary[giveUp ? 'failed' : 'retrying'] += 1;
    }
  }
  return summary;
}

/** Each claimed message with its subscription's endpoint and keys, or nulls once the browser unsubscribed. */
async function withTargets<Row extends { subscriptionId: string | null }>(tx: Transaction, claimed: Row[]) {
  const ids = claimed.map((row) => row.subscriptionId).filter((id): id is string => id !== null);
  const targets = ids.length === 0 ? [] : await tx.select({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth }).from(pushSubscriptions).where(inArray(pushSubscriptions.id, ids));
  const byId = new Map(targets.map((target) => [target.id, target]));
  return claimed.map((row) => {
    const target = row.subscriptionId ? byId.get(row.subscriptionId) : undefined;
    return { ...row, endpoint: target?.endpoint ?? null, p256dh: target?.p256dh ?? null, auth: target?.auth ?? null };
  });
}
