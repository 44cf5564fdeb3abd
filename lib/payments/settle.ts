import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { payments, type PaymentAttemptStatus } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { lockOrder } from '@/lib/orders/transitions';
import { ProviderReferenceConflictError } from './errors';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { applyCompletedPayment, applyProviderRefund, audit, expireUnpaidOrder } from './order-effects';
import { PROVIDER_LABELS, type ProviderVerdict } from './providers';
import { isOnlineMethod } from './providers/types';

// callback: a return carrying the provider's signed claim of payment (eSewa success);
// failure_return: any other return of the shopper's browser; reconcile: the scheduled job.
export type SettleSource = 'callback' | 'reconcile' | 'failure_return';

export type SettleOutcome =
  | 'paid' // this call marked the order paid
  | 'already_complete' // a replay: nothing changed
  | 'refund_due' // paid after the order was cancelled
  | 'duplicate' // the order was already paid by another attempt
  | 'pending'
  | 'ambiguous'
  | 'unknown' // the provider could not answer; try later
  | 'amount_mismatch'
  | 'closed' // NOT_FOUND or CANCELED recorded on the attempt
  | 'expired' // ... and the order expired with its stock released
  | 'not_yet' // ended or cancelled before the order's expiry, or not acted on yet: checked again later
  | 'refunded';

export type SettleResult = { outcome: SettleOutcome; orderId: string; orderNumber: string };


/**
 * Applies what the provider's server said about one attempt, in one transaction that holds the
 * order row lock (taken before the payment row, the same order transitions and the expiry sweep
 * use). Only `complete` from the provider's server marks money received, and only once: concurrent
 * callbacks queue on the lock and find the attempt complete. Never downgrades a complete attempt.
 */
export async function settleAttempt(
  // hintPaid: the shopper's return said it was paid (unsigned); while the provider cannot answer,
  // such an attempt waits as pending instead of letting the shopper pay twice.
  input: { paymentId: string; result: ProviderVerdict; callbackReference?: string | null; verifiedPayload?: unknown; source: SettleSource; hintPaid?: boolean },
  database: Database = db,
): Promise<SettleResult> {
  try {
    // A stock transaction: an expired order releases its stock, expired from the cache after commit.
    return await stockTransaction(database, async (tx) => {
      const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
      if (!ref) throw new Error(`payment ${input.paymentId} vanished`);
      const order = await lockOrder(tx, ref.orderId);
      const [attempt] = await tx
        .select({ id: payments.id, transactionUuid: payments.transactionUuid, status: payments.status, amountPaisa: payments.amountPaisa, provider: payments.provider })
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
      const label = isOnlineMethod(attempt!.provider) ? PROVIDER_LABELS[attempt!.provider] : attempt!.provider;
      if (attempt!.status === 'complete' && status !== 'full_refund' && status !== 'partial_refund') return done('already_complete');
      if (result.kind === 'unknown') {
        // Back from the provider while it cannot answer: call it failed so the shopper may retry;
        // reconciliation keeps checking failed attempts for a day in case money moved after all.
        // Back with a verified signature (or a return saying paid), it is pending until confirmed.
        const returned = input.source === 'failure_return' && !input.hintPaid ? 'failed' : 'pending';
        const marked = input.source === 'reconcile' ? null : input.source === 'callback' ? 'pending' : returned;
        await record(marked && attempt!.status === 'initiated' ? { status: marked } : {});
        return done('unknown');
      }

      switch (result.status) {
        case 'complete': {
          if (result.totalAmountPaisa !== null && result.totalAmountPaisa !== attempt!.amountPaisa) {
            // Held for staff: never paid on a different amount, never re-sent to the provider either.
            const firstTime = attempt!.status !== 'ambiguous';
            await record({ status: 'ambiguous' });
            if (firstTime) await audit(tx, 'payment.amount_mismatch', attempt!, { reported: result.totalAmountPaisa, expected: attempt!.amountPaisa });
            return done('amount_mismatch');
          }
          const reference = result.reference ?? input.callbackReference ?? null;
          await record({ status: 'complete', providerReference: reference, rawVerifiedPayload: input.verifiedPayload ?? result.raw });
          const applied = await applyCompletedPayment(tx, order, attempt!, reference, label);
          await emitWebhookEvent(tx, 'payment.completed', { orderId: order.id, orderNumber: order.number, paymentId: attempt!.id, provider: attempt!.provider, amountPaisa: attempt!.amountPaisa, reference, outcome: applied });
          return done(applied);
        }
        case 'pending':
        case 'ambiguous': {
          const next: PaymentAttemptStatus = result.status;
          await record({ status: next });
          return done(next);
        }
        case 'initiated':
          // Opened but not acted on (Khalti): the link may still be used. The order's own expiry
          // sweep releases its stock if nobody pays in time.
          await record();
          return done('not_yet');
        case 'ended':
        case 'canceled': {
          const final: PaymentAttemptStatus = result.status === 'ended' ? 'not_found' : 'canceled';
          // The provider itself signed a completed payment for this attempt: never close it on one
          // contrary answer; it stays pending and reconciliation decides.
          if (input.source === 'callback') {
            await record({ status: 'pending' });
            return done('pending');
          }
          const pastExpiry = order.status !== 'pending_payment' || (await isPastExpiry(tx, order.id));
          // A shopper sent back without paying is done with this attempt; reconciliation waits
          // for the order's window to close, since a session may still be opened with it.
          if (input.source === 'reconcile' && !pastExpiry) {
            await record();
            return done('not_yet');
          }
          await record({ status: final });
          return done(pastExpiry && (await expireUnpaidOrder(tx, order, attempt!)) ? 'expired' : 'closed');
        }
        case 'full_refund':
          await record({ status: 'full_refund', refundedPaisa: attempt!.amountPaisa });
          if (attempt!.status === 'complete') await applyProviderRefund(tx, order, attempt!, label);
          else await audit(tx, 'payment.refund_reported', attempt!, { orderNumber: order.number, neverPaidHere: true });
          return done('refunded');
        case 'partial_refund':
          // Neither provider says how much; staff record the amount with the refund.
          await record({ status: 'partial_refund' });
          await audit(tx, 'payment.partial_refund_reported', attempt!, { orderNumber: order.number });
          return done('refunded');
      }
    });
  } catch (error) {
    const reference = input.result.kind === 'status' ? (input.result.reference ?? input.callbackReference ?? null) : null;
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
