import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { EsewaResponseError, fetchEsewaStatus, formatEsewaAmount, isValidTransactionUuid, verifyEsewaResponse } from '@/lib/payments/esewa';
import { esewaConfig, type EsewaConfig } from './config';
import { InvalidCallbackError, PaymentAttemptNotFoundError, ProviderReferenceConflictError } from './errors';
import { settleAttempt, type SettleResult } from './settle';

async function findAttempt(database: Database, transactionUuid: string) {
  const [attempt] = await database
    .select({
      id: payments.id,
      status: payments.status,
      amountPaisa: payments.amountPaisa,
      amountSigned: payments.amountSigned,
      providerReference: payments.providerReference,
      transactionUuid: payments.transactionUuid,
      orderId: orders.id,
      orderNumber: orders.number,
      orderPaymentStatus: orders.paymentStatus,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.transactionUuid, transactionUuid), eq(payments.provider, 'esewa')));
  return attempt;
}

/** Always the stored, signed amount string: never one that came back through the browser. */
function checkStatus(attempt: { transactionUuid: string; amountSigned: string | null; amountPaisa: number }, config: EsewaConfig) {
  return fetchEsewaStatus({
    statusUrl: config.statusUrl,
    productCode: config.productCode,
    totalAmount: attempt.amountSigned ?? formatEsewaAmount(attempt.amountPaisa),
    transactionUuid: attempt.transactionUuid,
    timeoutMs: config.statusTimeoutMs,
  });
}

/**
 * eSewa's success redirect. The redirect is only a hint: verify the signature, find the attempt
 * by the *signed* uuid, check amount against what we stored, then ask the status API; only its
 * COMPLETE marks the order paid (settleAttempt). Replays find the attempt complete and change nothing.
 * Throws InvalidCallbackError (400), PaymentAttemptNotFoundError (404), ProviderReferenceConflictError (409).
 */
export async function handleEsewaSuccess(data: string, config: EsewaConfig = esewaConfig(), database: Database = db): Promise<SettleResult> {
  let verified;
  try {
    verified = verifyEsewaResponse(data, { secretKey: config.secretKey, productCode: config.productCode });
  } catch (error) {
    if (error instanceof EsewaResponseError) throw new InvalidCallbackError(error.reason);
    throw error;
  }
  if (!isValidTransactionUuid(verified.transactionUuid)) throw new InvalidCallbackError('bad transaction_uuid');
  const attempt = await findAttempt(database, verified.transactionUuid);
  if (!attempt) throw new PaymentAttemptNotFoundError();
  if (verified.totalAmountPaisa !== attempt.amountPaisa) throw new InvalidCallbackError(`amount ${verified.totalAmountPaisa} differs from stored ${attempt.amountPaisa}`);
  if (attempt.status === 'complete') return { outcome: 'already_complete', orderId: attempt.orderId, orderNumber: attempt.orderNumber };

  if (verified.transactionCode) {
    const [holder] = await database
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.provider, 'esewa'), eq(payments.providerReference, verified.transactionCode), ne(payments.id, attempt.id)));
    if (holder) {
      await recordAudit(database, {
        actorId: null,
        actorRole: null,
        action: 'payment.reference_reused',
        entityType: 'payment',
        entityId: attempt.id,
        details: { reference: verified.transactionCode, heldBy: holder.id, source: 'callback' },
      });
      throw new ProviderReferenceConflictError(verified.transactionCode);
    }
  }

  const result = await checkStatus(attempt, config);
  return settleAttempt({ paymentId: attempt.id, result, callbackReference: verified.transactionCode, verifiedPayload: verified.payload, source: 'callback' }, database);
}

/**
 * eSewa's failure redirect carries nothing signed and is used for failed, cancelled *and* pending
 * payments, so the status API decides what happened to the attempt named in the path.
 */
export async function handleEsewaFailure(transactionUuid: string, config: EsewaConfig = esewaConfig(), database: Database = db): Promise<SettleResult> {
  if (!isValidTransactionUuid(transactionUuid)) throw new PaymentAttemptNotFoundError();
  const attempt = await findAttempt(database, transactionUuid);
  if (!attempt) throw new PaymentAttemptNotFoundError();
  if (attempt.status !== 'initiated' && attempt.status !== 'pending' && attempt.status !== 'ambiguous') {
    // An old failure link, e.g. after a retry paid the order: nothing to change.
    return { outcome: attempt.orderPaymentStatus === 'unpaid' ? 'closed' : 'already_complete', orderId: attempt.orderId, orderNumber: attempt.orderNumber };
  }
  const result = await checkStatus(attempt, config);
  return settleAttempt({ paymentId: attempt.id, result, source: 'failure_return' }, database);
}
