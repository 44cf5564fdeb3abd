import 'server-only';
import { db as defaultDb, type Database } from '@/db/client';
import { smsMessages } from '@/db/schema';
import { logger } from '@/lib/observability/logger';
import { defineOutbox, emptySummary, errorText, type DispatchSummary } from '@/lib/outbox/outbox';
import { MESSAGE_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { defaultSmsGateway } from './default-gateway';
import { SmsGatewayError, type SmsGateway } from './gateway';

// As for email: a claimed row is leased, and due again if the dispatcher dies mid-send.
const smsOutbox = defineOutbox(smsMessages, { state: 'status', leaseMs: () => 10 * 60_000, retry: MESSAGE_RETRY_POLICY });
/** Texts that hold a code: blanked once sent or given up on (the code itself is kept only hashed). */
const SECRET_TEMPLATES = new Set(['phone-verification']);
export const REDACTED_SMS = '[code removed after sending]';

/**
 * Sends due SMS rows, claimed like email, with the same backoff and attempts. A number the
 * gateway calls bad is given up on at once; every refusal keeps its kind.
 */
export async function dispatchDueSms(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; gateway?: SmsGateway } = {},
): Promise<DispatchSummary> {
  const db = deps.db ?? defaultDb;
  const gateway = deps.gateway ?? defaultSmsGateway();
  const claimed = await smsOutbox.claimDue(db, { now, limit, returning: { toPhone: smsMessages.toPhone, template: smsMessages.template, text: smsMessages.text } });
  const summary = emptySummary(claimed.length);

  for (const row of claimed) {
    const kept = SECRET_TEMPLATES.has(row.template) ? { text: REDACTED_SMS } : {};
    try {
      const outcome = await gateway.send({ id: row.id, to: row.toPhone, text: row.text });
      await smsOutbox.recordDelivered(db, row.id, gateway.deliveredStatus, { sentAt: new Date(), provider: gateway.name, providerMessageId: outcome.providerMessageId, errorKind: null, ...kept });
      summary.delivered += 1;
    } catch (error) {
      const refusal = error instanceof SmsGatewayError ? error : null;
      const message = errorText(error);
      const giveUp = await smsOutbox.recordFailure(db, row, {
        now,
        error: message,
        permanent: Boolean(refusal?.permanent),
        set: (givenUp) => ({ errorKind: refusal?.kind ?? 'gateway_error', provider: gateway.name, ...(givenUp ? kept : {}) }),
      });
      logger.warn({ smsId: row.id, attempts: row.attempts, giveUp, kind: refusal?.kind, error: message }, 'SMS not sent');
      summary[giveUp ? 'failed' : 'retrying'] += 1;
    }
  }
  return summary;
}
