import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { db as defaultDb, type Database } from '@/db/client';
import { notifications } from '@/db/schema';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { LogSender, ResendSender, type EmailSender } from './senders';
import { isTemplateName, redactedPayload, renderTemplate } from './templates';

export const MAX_ATTEMPTS = 5;
// A claimed row is leased for this long; if the dispatcher dies mid-send, the row becomes due again.
const CLAIM_LEASE_MS = 10 * 60_000;

/** 1, 2, 4, 8 … minutes after each failure, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export function defaultSender(): EmailSender {
  return env.RESEND_API_KEY ? new ResendSender(env.RESEND_API_KEY, env.RESEND_BASE_URL) : new LogSender(logger, env.NODE_ENV !== 'production');
}

export type DispatchSummary = { claimed: number; delivered: number; retrying: number; failed: number };

/**
 * Sends due outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED in a short transaction, so
 * concurrent dispatchers never pick the same row, and sending happens outside any transaction.
 */
export async function dispatchDueNotifications(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; sender?: EmailSender; from?: string } = {},
): Promise<DispatchSummary> {
  const db = deps.db ?? defaultDb;
  const sender = deps.sender ?? defaultSender();
  const from = deps.from ?? env.EMAIL_FROM;
  const claimed = await claimDue(db, now, limit);
  const summary: DispatchSummary = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };

  for (const row of claimed) {
    try {
      if (!isTemplateName(row.template)) throw new Error(`Unknown template "${row.template}"`);
      const rendered = renderTemplate(row.template, row.payload, row.locale);
      const outcome = await sender.send({ id: row.id, from, to: row.toEmail, ...rendered });
      await db
        .update(notifications)
        .set({ status: sender.deliveredStatus, sentAt: new Date(), providerMessageId: outcome.providerMessageId, lastError: null, payload: redactedPayload(row.template, row.payload) })
        .where(eq(notifications.id, row.id));
      summary.delivered += 1;
    } catch (error) {
      const giveUp = row.attempts >= MAX_ATTEMPTS;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db
        .update(notifications)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: message,
          nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
          // A pending retry must still hold the link to send it; a row given up on never will.
          ...(giveUp && isTemplateName(row.template) ? { payload: redactedPayload(row.template, row.payload) } : {}),
        })
        .where(eq(notifications.id, row.id));
      logger.warn({ notificationId: row.id, attempts: row.attempts, giveUp, error: message }, 'email not sent');
      if (giveUp) summary.failed += 1;
      else summary.retrying += 1;
    }
  }
  return summary;
}

async function claimDue(db: Database, now: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(inArray(notifications.status, ['pending', 'sending']), lte(notifications.nextAttemptAt, now)))
      .orderBy(notifications.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(notifications)
      .set({ status: 'sending', attempts: sql`${notifications.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(or(...due.map((d) => eq(notifications.id, d.id))))
      .returning({ id: notifications.id, toEmail: notifications.toEmail, template: notifications.template, payload: notifications.payload, locale: notifications.locale, attempts: notifications.attempts });
  });
}
