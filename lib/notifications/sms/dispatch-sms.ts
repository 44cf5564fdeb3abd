import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { db as defaultDb, type Database } from '@/db/client';
import { smsMessages } from '@/db/schema';
import { logger } from '@/lib/observability/logger';
import { backoffMs, MAX_ATTEMPTS, type DispatchSummary } from '../dispatch';
import { defaultSmsGateway } from './default-gateway';
import { SmsGatewayError, type SmsGateway } from './gateway';

// As for email: a claimed row is leased, and due again if the dispatcher dies mid-send.
const CLAIM_LEASE_MS = 10 * 60_000;
/** Texts that hold a code: blanked once sent or given up on (the code itself is kept only hashed). */
const SECRET_TEMPLATES = new Set(['phone-verification']);
export const REDACTED_SMS = '[code removed after sending]';

/**
 * Sends due SMS rows, claimed with FOR UPDATE SKIP LOCKED like email, with the same backoff and
 * attempts. A number the gateway calls bad is given up on at once; every refusal keeps its kind.
 */
export async function dispatchDueSms(
  { now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {},
  deps: { db?: Database; gateway?: SmsGateway } = {},
): Promise<DispatchSummary> {
  const db = deps.db ?? defaultDb;
  const gateway = deps.gateway ?? defaultSmsGateway();
  const claimed = await claimDue(db, now, limit);
  const summary: DispatchSummary = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };

  for (const row of claimed) {
    const kept = SECRET_TEMPLATES.has(row.template) ? { text: REDACTED_SMS } : {};
    try {
      const outcome = await gateway.send({ id: row.id, to: row.toPhone, text: row.text });
      await db
        .update(smsMessages)
        .set({ status: gateway.deliveredStatus, sentAt: new Date(), provider: gateway.name, providerMessageId: outcome.providerMessageId, lastError: null, errorKind: null, ...kept })
        .where(eq(smsMessages.id, row.id));
      summary.delivered += 1;
    } catch (error) {
      const refusal = error instanceof SmsGatewayError ? error : null;
      const giveUp = row.attempts >= MAX_ATTEMPTS || Boolean(refusal?.permanent);
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db
        .update(smsMessages)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: message,
          errorKind: refusal?.kind ?? 'gateway_error',
          provider: gateway.name,
          nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
          ...(giveUp ? kept : {}),
        })
        .where(eq(smsMessages.id, row.id));
      logger.warn({ smsId: row.id, attempts: row.attempts, giveUp, kind: refusal?.kind, error: message }, 'SMS not sent');
      if (giveUp) summary.failed += 1;
      else summary.retrying += 1;
    }
  }
  return summary;
}

async function claimDue(db: Database, now: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: smsMessages.id })
      .from(smsMessages)
      .where(and(inArray(smsMessages.status, ['pending', 'sending']), lte(smsMessages.nextAttemptAt, now)))
      .orderBy(smsMessages.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(smsMessages)
      .set({ status: 'sending', attempts: sql`${smsMessages.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) })
      .where(or(...due.map((d) => eq(smsMessages.id, d.id))))
      .returning({ id: smsMessages.id, toPhone: smsMessages.toPhone, template: smsMessages.template, text: smsMessages.text, attempts: smsMessages.attempts });
  });
}
