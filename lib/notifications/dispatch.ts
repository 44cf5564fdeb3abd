import 'server-only';
import { db as defaultDb, type Database } from '@/db/client';
import { notifications } from '@/db/schema';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { defineOutbox, emptySummary, errorText, type DispatchSummary } from '@/lib/outbox/outbox';
import { MESSAGE_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { LogSender, ResendSender, type EmailSender } from './senders';
import { isTemplateName, redactedPayload, renderTemplate } from './templates';

// A claimed row is leased for ten minutes; if the dispatcher dies mid-send, the row becomes due again.
const emailOutbox = defineOutbox(notifications, { state: 'status', leaseMs: () => 10 * 60_000, retry: MESSAGE_RETRY_POLICY });

export function defaultSender(): EmailSender {
  return env.RESEND_API_KEY ? new ResendSender(env.RESEND_API_KEY, env.RESEND_BASE_URL) : new LogSender(logger, env.NODE_ENV !== 'production');
}

/** Sends due outbox rows (lib/outbox claims them), with the retries of MESSAGE_RETRY_POLICY. */
export async function dispatchDueNotifications(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; sender?: EmailSender; from?: string } = {},
): Promise<DispatchSummary> {
  const db = deps.db ?? defaultDb;
  const sender = deps.sender ?? defaultSender();
  const from = deps.from ?? env.EMAIL_FROM;
  const claimed = await emailOutbox.claimDue(db, { now, limit, returning: { toEmail: notifications.toEmail, template: notifications.template, payload: notifications.payload, locale: notifications.locale } });
  const summary = emptySummary(claimed.length);

  for (const row of claimed) {
    try {
      if (!isTemplateName(row.template)) throw new Error(`Unknown template "${row.template}"`);
      const rendered = renderTemplate(row.template, row.payload, row.locale);
      const outcome = await sender.send({ id: row.id, from, to: row.toEmail, ...rendered });
      await emailOutbox.recordDelivered(db, row.id, sender.deliveredStatus, { sentAt: new Date(), providerMessageId: outcome.providerMessageId, payload: redactedPayload(row.template, row.payload) });
      summary.delivered += 1;
    } catch (error) {
      const message = errorText(error);
      // A pending retry must still hold the link to send it; a row given up on never will.
      const giveUp = await emailOutbox.recordFailure(db, row, {
        now,
        error: message,
        set: (givenUp) => (givenUp && isTemplateName(row.template) ? { payload: redactedPayload(row.template, row.payload) } : {}),
      });
      logger.warn({ notificationId: row.id, attempts: row.attempts, giveUp, error: message }, 'email not sent');
      summary[giveUp ? 'failed' : 'retrying'] += 1;
    }
  }
  return summary;
}
