import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { orders, payments, type OrderStatus, type PaymentAttemptStatus, type PaymentStatus } from '@/db/schema';
import { buildEsewaForm, formatEsewaAmount, newTransactionUuid, type EsewaFormFields } from '@/lib/payments/esewa';
import { esewaConfig, failureUrl, successUrl, type EsewaConfig } from './config';
import { OrderNotPayableError } from './errors';

export type PayableOrder = { id: string; number: string; totalPaisa: number; status: OrderStatus; paymentStatus: PaymentStatus; expired: boolean };

/** What the pay page shows for an order, decided from the order and its latest attempt. */
export type PaymentState =
  | { kind: 'redirect'; order: PayableOrder; formUrl: string; fields: EsewaFormFields }
  | { kind: 'retry'; order: PayableOrder; lastAttempt: PaymentAttemptStatus }
  | { kind: 'checking'; order: PayableOrder }
  | { kind: 'paid'; order: PayableOrder }
  | { kind: 'closed'; order: PayableOrder };

const FINAL_UNPAID: readonly PaymentAttemptStatus[] = ['failed', 'canceled', 'not_found'];

/** Locks the shopper's own eSewa order; null when the number is not theirs (a stranger learns nothing). */
async function lockOwnOrder(tx: Transaction, orderNumber: string, userId: string) {
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      totalPaisa: orders.totalPaisa,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      paymentMethod: orders.paymentMethod,
      expiresAt: orders.expiresAt,
    })
    .from(orders)
    .where(and(eq(orders.number, orderNumber), eq(orders.userId, userId)))
    .for('update');
  if (!order || order.paymentMethod !== 'esewa') return null;
  const expired = order.expiresAt !== null && order.expiresAt.getTime() <= Date.now();
  return { id: order.id, number: order.number, totalPaisa: order.totalPaisa, status: order.status, paymentStatus: order.paymentStatus, expired };
}

async function latestAttempt(tx: Transaction, orderId: string) {
  const [attempt] = await tx
    .select({ id: payments.id, transactionUuid: payments.transactionUuid, status: payments.status, amountPaisa: payments.amountPaisa, amountSigned: payments.amountSigned })
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  return attempt;
}

function isOpenForPayment(order: PayableOrder): boolean {
  return order.status === 'pending_payment' && order.paymentStatus === 'unpaid' && !order.expired;
}

/** A new attempt: fresh uuid, the amount formatted once and stored exactly as it will be signed. */
async function createAttempt(tx: Transaction, order: PayableOrder) {
  const [attempt] = await tx
    .insert(payments)
    .values({
      orderId: order.id,
      provider: 'esewa',
      transactionUuid: newTransactionUuid(order.number),
      amountPaisa: order.totalPaisa,
      amountSigned: formatEsewaAmount(order.totalPaisa),
      status: 'initiated',
    })
    .returning({ id: payments.id, transactionUuid: payments.transactionUuid, status: payments.status, amountPaisa: payments.amountPaisa, amountSigned: payments.amountSigned });
  return attempt!;
}

function signedForm(attempt: { transactionUuid: string; amountPaisa: number; amountSigned: string | null }, config: EsewaConfig): EsewaFormFields {
  const fields = buildEsewaForm({
    amountPaisa: attempt.amountPaisa,
    transactionUuid: attempt.transactionUuid,
    productCode: config.productCode,
    secretKey: config.secretKey,
    successUrl: successUrl(config),
    failureUrl: failureUrl(config, attempt.transactionUuid),
  });
  // The stored string is what the status check and the callback are compared against.
  if (attempt.amountSigned !== null && fields.total_amount !== attempt.amountSigned) throw new Error('eSewa amount formatting changed for a stored attempt');
  return fields;
}

/**
 * For the pay page: the signed form of the open attempt (creating the first one on the first
 * visit), or why there is nothing to post. Null when the order is not this shopper's eSewa order.
 */
export async function preparePayment(input: { orderNumber: string; userId: string }, config: EsewaConfig = esewaConfig(), database: Database = db): Promise<PaymentState | null> {
  return database.transaction(async (tx) => {
    const order = await lockOwnOrder(tx, input.orderNumber, input.userId);
    if (!order) return null;
    if (order.paymentStatus !== 'unpaid') return { kind: 'paid', order };
    const latest = await latestAttempt(tx, order.id);
    if (latest?.status === 'pending' || latest?.status === 'ambiguous') return { kind: 'checking', order };
    if (!isOpenForPayment(order)) return { kind: 'closed', order };
    if (latest && FINAL_UNPAID.includes(latest.status)) return { kind: 'retry', order, lastAttempt: latest.status };
    const attempt = latest?.status === 'initiated' ? latest : await createAttempt(tx, order);
    return { kind: 'redirect', order, formUrl: config.formUrl, fields: signedForm(attempt, config) };
  });
}

/**
 * Retry after a failed or cancelled attempt: a new attempt with a new uuid, since eSewa refuses
 * a reused one. A double click finds the attempt the first click made and reuses it.
 */
export async function retryPayment(input: { orderNumber: string; userId: string }, database: Database = db): Promise<{ transactionUuid: string } | null> {
  return database.transaction(async (tx) => {
    const order = await lockOwnOrder(tx, input.orderNumber, input.userId);
    if (!order) return null;
    if (!isOpenForPayment(order)) throw new OrderNotPayableError(order.expired ? 'The time to pay for this order has run out.' : undefined);
    const latest = await latestAttempt(tx, order.id);
    if (latest?.status === 'pending' || latest?.status === 'ambiguous') throw new OrderNotPayableError('Your last payment is still being confirmed by eSewa. Please wait a few minutes.');
    if (latest?.status === 'complete') throw new OrderNotPayableError('This order is already paid.');
    const attempt = latest?.status === 'initiated' ? latest : await createAttempt(tx, order);
    return { transactionUuid: attempt.transactionUuid };
  });
}
