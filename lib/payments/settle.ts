import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { payments, type PaymentAttemptStatus } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { lockOrder } from '@/lib/orders/transitions';
import type { EsewaStatusResult } from '@/lib/payments/esewa';
import { ProviderReferenceConflictError } from './errors';
import { applyCompletedPayment, applyProviderRefund, audit, expireUnpaidOrder } from './order-effects';

export type SettleSource = 'callback' | 'reconcile' | 'failure_return';

export type SettleOutcome =
  | 'paid' // this call marked the order paid
  | 'already_complete' // a replay: nothing changed
  | 'refund_due' // paid after the order was cancelled
  | 'duplicate' // the order was already paid by another attempt
  | 'pending'
  | 'ambiguous'
  | 'unknown' // eSewa could not answer; try later
  | 'amount_mismatch'
  | 'closed' // NOT_FOUND or CANCELED recorded on the attempt
  | 'expired' // ... and the order expired with its stock released
  | 'not_yet' // NOT_FOUND or CANCELED before the order's expiry: checked again later
  | 'refunded';

export type SettleResult = { outcome: SettleOutcome; orderId: string; orderNumber: string };


/**
 * Applies what eSewa's status API said about one attempt, in one transaction that holds the
 * order row lock (taken before the payment row, the same order transitions and the expiry sweep
 * use). Only a COMPLETE from the status API marks money received, and only once: concurrent
 * callbacks queue on the lock and find the attempt complete. Never downgrades a complete attempt.
 */
export async function settleAttempt(
  input: { paymentId: string; result: EsewaStatusResult; callbackReference?: string | null; verifiedPayload?: unknown; source: SettleSource },
  database: Database = db,
): Promise<SettleResult> {
  try {
    // A stock transaction: an expired order releases its stock, expired from the cache after commit.
    return await stockTransaction(database, async (tx) => {
      const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
      if (!ref) throw new Error(`payment ${input.paymentId} vanished`);
      const order = await lockOrder(tx, ref.orderId);
      const [attempt] = await tx
        .select({ id: payments.id, transactionUuid: payments.transactionUuid, status: payments.status, amountPaisa: payments.amountPaisa })
        .from(payments)
        .where(eq(payments.id, input.paymentId))
        .for('update');
      const done = (outcome: SettleOutcome): SettleResult => ({ outcome, orderId: order.id, orderNumber: order.number });
      const record = (set: Partial<typeof payments.$inferInsert> = {}) =>
        tx
          .update(payments)
          .set({ lastStatusCheck: input.result.raw ?? { reason: input.result.kind }, lastCheckedAt: sql`now()`, updatedAt: sql`now()`, ...set })
          .where(eq(payments.id, attempt!.id));

      const result = input.result;
      const status = result.kind === 'status' ? result.status : null;
      if (attempt!.status === 'complete' && status !== 'FULL_REFUND' && status !== 'PARTIAL_REFUND') return done('already_complete');
      if (result.kind === 'unknown') {
        // Back at failure_url while eSewa cannot answer: call it failed so the shopper may retry;
        // reconciliation keeps checking failed attempts for a day in case money moved after all.
        // Back at success_url with a verified signature, it is pending until eSewa confirms it.
        const marked = input.source === 'failure_return' ? 'failed' : input.source === 'callback' ? 'pending' : null;
        await record(marked && attempt!.status === 'initiated' ? { status: marked } : {});
        return done('unknown');
      }

      switch (result.status) {
        case 'COMPLETE': {
          if (result.totalAmountPaisa !== null && result.totalAmountPaisa !== attempt!.amountPaisa) {
            // Held for staff: never paid on a different amount, never re-sent to eSewa either.
            const firstTime = attempt!.status !== 'ambiguous';
            await record({ status: 'ambiguous' });
            if (firstTime) await audit(tx, 'payment.amount_mismatch', attempt!, { reported: result.totalAmountPaisa, expected: attempt!.amountPaisa });
            return done('amount_mismatch');
          }
          const reference = result.refId ?? input.callbackReference ?? null;
          await record({ status: 'complete', providerReference: reference, rawVerifiedPayload: input.verifiedPayload ?? result.raw });
          return done(await applyCompletedPayment(tx, order, attempt!, reference));
        }
        case 'PENDING':
        case 'AMBIGUOUS': {
          const next: PaymentAttemptStatus = result.status === 'PENDING' ? 'pending' : 'ambiguous';
          await record({ status: next });
          return done(next);
        }
        case 'NOT_FOUND':
        case 'CANCELED': {
          const final: PaymentAttemptStatus = result.status === 'NOT_FOUND' ? 'not_found' : 'canceled';
          // eSewa itself signed a COMPLETE for this attempt: never close it on one contrary answer;
          // it stays pending and reconciliation decides.
          if (input.source === 'callback') {
            await record({ status: 'pending' });
            return done('pending');
          }
          const pastExpiry = order.status !== 'pending_payment' || (await isPastExpiry(tx, order.id));
          // A shopper sent back to failure_url is done with this attempt; reconciliation waits
          // for the order's window to close, since a session may still be opened with it.
          if (input.source === 'reconcile' && !pastExpiry) {
            await record();
            return done('not_yet');
          }
          await record({ status: final });
          return done(pastExpiry && (await expireUnpaidOrder(tx, order, attempt!)) ? 'expired' : 'closed');
        }
        case 'FULL_REFUND':
          await record({ status: 'full_refund', refundedPaisa: attempt!.amountPaisa });
          if (attempt!.status === 'complete') await applyProviderRefund(tx, order, attempt!);
          else await audit(tx, 'payment.refund_reported', attempt!, { orderNumber: order.number, neverPaidHere: true });
          return done('refunded');
        case 'PARTIAL_REFUND':
          // eSewa does not say how much; staff record the amount with the refund.
          await record({ status: 'partial_refund' });
          await audit(tx, 'payment.partial_refund_reported', attempt!, { orderNumber: order.number });
          return done('refunded');
      }
    });
  } catch (error) {
    const reference = input.result.kind === 'status' ? (input.result.refId ?? input.callbackReference ?? null) : null;
    if (reference && isUniqueViolation(error, 'payments_provider_reference_unique')) {
      await recordAudit(database, {
        actorId: null,
        actorRole: null,
        action: 'payment.reference_reused',
        entityType: 'payment',
        entityId: input.paymentId,
        details: { reference, source: input.source },
      });
      throw new ProviderReferenceConflictError(reference);
    }
    throw error;
  }
}

async function isPastExpiry(tx: Transaction, orderId: string): Promise<boolean> {
  const rows = await tx.execute<{ past: boolean }>(sql`select coalesce(expires_at <= now(), false) as past from orders where id = ${orderId}`);
  return rows[0]?.past === true;
}
