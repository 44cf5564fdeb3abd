import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { InvalidCallbackError, PaymentAttemptNotFoundError, ProviderReferenceConflictError } from './errors';
import { paymentProvider, type OnlineMethod, type PaymentProvider, type StoredAttempt } from './providers';
import type { ReturnInput } from './providers/types';
import { settleAttempt, type SettleResult } from './settle';

async function findAttempt(database: Database, provider: OnlineMethod, transactionUuid: string) {
  const [attempt] = await database
    .select({
      id: payments.id,
      status: payments.status,
      amountPaisa: payments.amountPaisa,
      amountSigned: payments.amountSigned,
      providerReference: payments.providerReference,
      providerSessionId: payments.providerSessionId,
      providerPaymentUrl: payments.providerPaymentUrl,
      providerExpiresAt: payments.providerExpiresAt,
      transactionUuid: payments.transactionUuid,
      orderId: orders.id,
      orderNumber: orders.number,
      orderUserId: orders.userId,
      orderPaymentStatus: orders.paymentStatus,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.transactionUuid, transactionUuid), eq(payments.provider, provider)));
  return attempt;
}

/** A reference already recorded on another attempt is a replay onto a different order. */
async function refuseReusedReference(database: Database, provider: OnlineMethod, attemptId: string, reference: string) {
  const [holder] = await database
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerReference, reference), ne(payments.id, attemptId)));
  if (!holder) return;
  await recordAudit(database, {
    actorId: null,
    actorRole: null,
    action: 'payment.reference_reused',
    entityType: 'payment',
    entityId: attemptId,
    details: { reference, heldBy: holder.id, source: 'callback' },
  });
  throw new ProviderReferenceConflictError(reference);
}

/**
 * The shopper's browser back from a provider. The return is only a hint: the provider checks what
 * it can (eSewa's signature), the attempt is found by the id the provider vouches for (or ours in
 * the path), its amount and session must be the stored ones, and then the provider's own server
 * is asked; only its `complete` marks the order paid (settleAttempt), once. Replays change nothing.
 * `viewerId`: the signed-in shopper, if any; a return for someone else's order is a 404.
 * Throws InvalidCallbackError (400), PaymentAttemptNotFoundError (404), ProviderReferenceConflictError (409).
 */
export async function handlePaymentReturn(
  provider: PaymentProvider,
  input: ReturnInput,
  options: { viewerId?: string | null } = {},
  database: Database = db,
): Promise<SettleResult> {
  const verified = provider.verifyReturn(input);
  const attempt = await findAttempt(database, provider.id, verified.transactionUuid);
  if (!attempt) throw new PaymentAttemptNotFoundError();
  if (options.viewerId && options.viewerId !== attempt.orderUserId) throw new PaymentAttemptNotFoundError();
  if (verified.amountPaisa !== null && verified.amountPaisa !== attempt.amountPaisa) {
    throw new InvalidCallbackError(`amount ${verified.amountPaisa} differs from stored ${attempt.amountPaisa}`);
  }
  // The session the browser names must be the one we opened for this attempt: a pidx from
  // another order's payment cannot settle this one.
  if (verified.sessionId !== null && verified.sessionId !== attempt.providerSessionId) throw new InvalidCallbackError('session differs from the stored one');
  if (attempt.status === 'complete') return { outcome: 'already_complete', orderId: attempt.orderId, orderNumber: attempt.orderNumber };

  if (verified.signedPaid) {
    if (verified.reference) await refuseReusedReference(database, provider.id, attempt.id, verified.reference);
  } else if (attempt.status !== 'initiated' && attempt.status !== 'pending' && attempt.status !== 'ambiguous') {
    // An old link, e.g. after a retry paid the order: nothing to change.
    return { outcome: attempt.orderPaymentStatus === 'unpaid' ? 'closed' : 'already_complete', orderId: attempt.orderId, orderNumber: attempt.orderNumber };
  }

  const stored: StoredAttempt = attempt;
  const result = await provider.lookup(stored);
  return settleAttempt(
    verified.signedPaid
      ? { paymentId: attempt.id, result, callbackReference: verified.reference, verifiedPayload: verified.payload, source: 'callback' }
      : { paymentId: attempt.id, result, source: 'failure_return', hintPaid: verified.hintPaid },
    database,
  );
}

/** eSewa's success redirect (`?data=` signed) and its failure redirect (the uuid in our path). */
export function handleEsewaSuccess(data: string, database: Database = db): Promise<SettleResult> {
  return handlePaymentReturn(paymentProvider('esewa'), { kind: 'success', query: new URLSearchParams({ data }) }, {}, database);
}

export function handleEsewaFailure(transactionUuid: string, database: Database = db): Promise<SettleResult> {
  return handlePaymentReturn(paymentProvider('esewa'), { kind: 'failure', transactionUuid, query: new URLSearchParams() }, {}, database);
}

/** Khalti's return_url: our purchase order id in the path, Khalti's unsigned parameters in the query. */
export function handleKhaltiReturn(transactionUuid: string, query: URLSearchParams, viewerId: string | null, database: Database = db): Promise<SettleResult> {
  return handlePaymentReturn(paymentProvider('khalti'), { kind: 'success', transactionUuid, query }, { viewerId }, database);
}
