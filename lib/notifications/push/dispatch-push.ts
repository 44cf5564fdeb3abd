import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { db as defaultDb, type Database } from '@/db/client';
import { pushMessages, pushSubscriptions } from '@/db/schema';
import { logger } from '@/lib/observability/logger';
import { backoffMs, MAX_ATTEMPTS, type DispatchSummary } from '../dispatch';
import { defaultPushSender, PushServiceError, type PushSender } from './sender';

// As for email and SMS: a claimed row is leased, and due again if the dispatcher dies mid-send.
const CLAIM_LEASE_MS = 10 * 60_000;
const ICON = '/icons/icon-192.png';

export type PushDispatchSummary = DispatchSummary & { subscriptionsRemoved: number };

/**
 * Sends due push messages, claimed with FOR UPDATE SKIP LOCKED like email and SMS, with the same
 * backoff and attempts. A push service answering 404 or 410 means the browser is gone: its
 * subscription is deleted and its messages are given up on. A message whose subscription was
 * deleted meanwhile (opt-out) is given up on without sending.
 */
export async function dispatchDuePush(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; sender?: PushSender } = {},
): Promise<PushDispatchSummary> {
  const db = deps.db ?? defaultDb;
  const claimed = await claimDue(db, now, limit);
  const summary: PushDispatchSummary = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0, subscriptionsRemoved: 0 };
  if (claimed.length === 0) return summary;
  const sender = deps.sender ?? defaultPushSender();

  for (const row of claimed) {
    if (!row.subscriptionId || !row.endpoint || !row.p256dh || !row.auth) {
      await db.update(pushMessages).set({ status: 'failed', lastError: 'The browser unsubscribed before it was sent.' }).where(eq(pushMessages.id, row.id));
      summary.failed += 1;
      continue;
    }
    const payload = JSON.stringify({ title: row.title, body: row.body, url: row.url, icon: ICON, tag: row.id });
    try {
      const outcome = await sender.send({ endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth }, payload);
      await db.update(pushMessages).set({ status: 'sent', sentAt: new Date(), lastError: null, lastStatusCode: outcome.statusCode }).where(eq(pushMessages.id, row.id));
      await db.update(pushSubscriptions).set({ lastSuccessAt: new Date(), failures: 0 }).where(eq(pushSubscriptions.id, row.subscriptionId));
      summary.delivered += 1;
    } catch (error) {
      const refusal = error instanceof PushServiceError ? error : null;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (refusal?.kind === 'gone') {
        await db.transaction(async (tx) => {
          await tx.update(pushMessages).set({ status: 'failed', lastError: message, lastStatusCode: refusal.statusCode }).where(eq(pushMessages.id, row.id));
          await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, row.subscriptionId!));
        });
        logger.info({ pushMessageId: row.id, statusCode: refusal.statusCode }, 'push subscription gone; deleted');
        summary.failed += 1;
        summary.subscriptionsRemoved += 1;
        continue;
      }
      const giveUp = row.attempts >= MAX_ATTEMPTS || refusal?.kind === 'permanent';
      await db
        .update(pushMessages)
        .set({ status: giveUp ? 'failed' : 'pending', lastError: message, lastStatusCode: refusal?.statusCode ?? null, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) })
        .where(eq(pushMessages.id, row.id));
      await db.update(pushSubscriptions).set({ failures: sql`${pushSubscriptions.failures} + 1` }).where(eq(pushSubscriptions.id, row.subscriptionId));
      logger.warn({ pushMessageId: row.id, attempts: row.attempts, giveUp, statusCode: refusal?.statusCode, error: message }, 'push not sent');
      if (giveUp) summary.failed += 1;
      else summary.retrying += 1;
    }
  }
  return summary;
}

async function claimDue(db: Database, now: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: pushMessages.id })
      .from(pushMessages)
      .where(and(inArray(pushMessages.status, ['pending', 'sending']), lte(pushMessages.nextAttemptAt, now)))
      .orderBy(pushMessages.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(pushMessages)
      .set({ status: 'sending', attempts: sql`${pushMessages.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(or(...due.map((d) => eq(pushMessages.id, d.id))))
      .returning({ id: pushMessages.id, subscriptionId: pushMessages.subscriptionId, title: pushMessages.title, body: pushMessages.body, url: pushMessages.url, attempts: pushMessages.attempts });
    const ids = claimed.map((row) => row.subscriptionId).filter((id): id is string => id !== null);
    const targets = ids.length === 0 ? [] : await tx.select({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth }).from(pushSubscriptions).where(inArray(pushSubscriptions.id, ids));
    const byId = new Map(targets.map((target) => [target.id, target]));
    return claimed.map((row) => {
      const target = row.subscriptionId ? byId.get(row.subscriptionId) : undefined;
      return { ...row, endpoint: target?.endpoint ?? null, p256dh: target?.p256dh ?? null, auth: target?.auth ?? null };
    });
  });
}
