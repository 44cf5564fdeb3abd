import 'server-only';
import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { logger } from '@/lib/observability/logger';
import { ProviderReferenceConflictError } from './errors';
import { isOnlineMethod, paymentProvider, type PaymentProvider } from './providers';
import { settleAttempt, type SettleOutcome } from './settle';

export type ReconcileReport = { checked: number; outcomes: Partial<Record<SettleOutcome | 'conflict' | 'error', number>> };

/**
 * Attempts a provider may still settle (Khalti: Initiated, Pending, Expired, User canceled and
 * refunds all come back through its lookup): open ones; ones marked failed without an answer from eSewa
 * (for a day); and paid ones whose order owes a refund, to learn whether eSewa refunded it.
 */
function dueAttempts(database: Database, options: { olderThanMinutes: number; limit: number; orderId?: string }) {
  const old = lt(payments.createdAt, sql`now() - make_interval(mins => ${options.olderThanMinutes})`);
  return database
    .select({
      id: payments.id,
      provider: payments.provider,
      transactionUuid: payments.transactionUuid,
      amountPaisa: payments.amountPaisa,
      amountSigned: payments.amountSigned,
      providerSessionId: payments.providerSessionId,
      providerPaymentUrl: payments.providerPaymentUrl,
      providerExpiresAt: payments.providerExpiresAt,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(
      and(
        inArray(payments.provider, ['esewa', 'khalti']),
        old,
        options.orderId ? eq(payments.orderId, options.orderId) : undefined,
        or(
          inArray(payments.status, ['initiated', 'pending', 'ambiguous']),
          and(eq(payments.status, 'failed'), sql`${payments.createdAt} > now() - interval '1 day'`),
          and(eq(payments.status, 'complete'), eq(orders.paymentStatus, 'refund_due')),
        ),
      ),
    )
    // Least recently checked first, so a backlog larger than the limit still rotates.
    .orderBy(sql`${payments.lastCheckedAt} asc nulls first`, asc(payments.createdAt))
    .limit(options.limit);
}

/**
 * The scheduled reconcile (PAYMENTS.md 1.7 and 4: neither eSewa nor Khalti sends a webhook;
 * shoppers close tabs). Each attempt older than `olderThanMinutes` is looked up with its
 * provider and settled on its own,
 * so one failure never blocks the rest. PENDING and AMBIGUOUS stay for the next run.
 */
export async function reconcilePayments(
  // orderId: re-check one order now (staff "check with the provider", tests).
  options: { olderThanMinutes?: number; limit?: number; orderId?: string } = {},
  providers: (id: 'esewa' | 'khalti') => PaymentProvider = paymentProvider,
  database: Database = db,
): Promise<ReconcileReport> {
  const due = await dueAttempts(database, { olderThanMinutes: options.olderThanMinutes ?? 5, limit: options.limit ?? 200, orderId: options.orderId });
  const report: ReconcileReport = { checked: 0, outcomes: {} };
  const count = (key: keyof ReconcileReport['outcomes']) => (report.outcomes[key] = (report.outcomes[key] ?? 0) + 1);

  for (const attempt of due) {
    report.checked += 1;
    try {
      if (!isOnlineMethod(attempt.provider)) continue;
      const result = await providers(attempt.provider).lookup(attempt);
      count((await settleAttempt({ paymentId: attempt.id, result, source: 'reconcile' }, database)).outcome);
    } catch (error) {
      if (error instanceof ProviderReferenceConflictError) {
        count('conflict');
      } else {
        count('error');
        logger.error({ err: error, transactionUuid: attempt.transactionUuid }, 'payment reconciliation failed for one attempt');
      }
    }
  }
  if (report.checked > 0) logger.info({ reconcile: report }, 'online payments reconciled');
  return report;
}
