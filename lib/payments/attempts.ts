import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { orders, payments, type OrderStatus, type PaymentAttemptStatus, type PaymentStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { formatEsewaAmount, newTransactionUuid, type EsewaFormFields } from '@/lib/payments/esewa';
import { logger } from '@/lib/observability/logger';
import { holdOrderForPaymentLink } from '@/lib/orders/payment-link-hold';
import { OrderNotPayableError } from './errors';
import { availableOnlineMethods } from './methods';
import { isOnlineMethod, paymentProvider, PROVIDER_LABELS, type OnlineMethod, type StoredAttempt } from './providers';

export type PayableOrder = {
  id: string;
  number: string;
  totalPaisa: number;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: OnlineMethod;
  expired: boolean;
};

/** What the pay page shows for an order, decided from the order and its latest attempt. */
export type PaymentState =
  // eSewa: the signed form the page posts at once.
  | { kind: 'redirect'; order: PayableOrder; formUrl: string; fields: EsewaFormFields }
  // A provider reached by a link the server asks for (Khalti): the page's button starts it.
  | { kind: 'start'; order: PayableOrder; methods: OnlineMethod[] }
  | { kind: 'retry'; order: PayableOrder; lastAttempt: PaymentAttemptStatus; lastProvider: OnlineMethod; methods: OnlineMethod[] }
  | { kind: 'checking'; order: PayableOrder }
  | { kind: 'paid'; order: PayableOrder }
  | { kind: 'closed'; order: PayableOrder };

const FINAL_UNPAID: readonly PaymentAttemptStatus[] = ['failed', 'canceled', 'not_found'];

const ATTEMPT_COLUMNS = {
  id: payments.id,
  provider: payments.provider,
  transactionUuid: payments.transactionUuid,
  status: payments.status,
  amountPaisa: payments.amountPaisa,
  amountSigned: payments.amountSigned,
  providerSessionId: payments.providerSessionId,
  providerPaymentUrl: payments.providerPaymentUrl,
  providerExpiresAt: payments.providerExpiresAt,
};
type Attempt = StoredAttempt & { provider: string; status: PaymentAttemptStatus };

/** Locks the shopper's own online-payment order; null when the number is not theirs (a stranger learns nothing). */
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
      address: orders.address,
    })
    .from(orders)
    .where(and(eq(orders.number, orderNumber), eq(orders.userId, userId)))
    .for('update');
  if (!order || !isOnlineMethod(order.paymentMethod)) return null;
  const expired = order.expiresAt !== null && order.expiresAt.getTime() <= Date.now();
  const payable: PayableOrder = { id: order.id, number: order.number, totalPaisa: order.totalPaisa, status: order.status, paymentStatus: order.paymentStatus, paymentMethod: order.paymentMethod, expired };
  return { ...payable, recipient: { name: order.address.recipientName, phone: order.address.phone } };
}

async function latestAttempt(tx: Transaction, orderId: string): Promise<Attempt | undefined> {
  const [attempt] = await tx.select(ATTEMPT_COLUMNS).from(payments).where(eq(payments.orderId, orderId)).orderBy(desc(payments.createdAt), desc(payments.id)).limit(1);
  return attempt;
}

function isOpenForPayment(order: PayableOrder): boolean {
  return order.status === 'pending_payment' && order.paymentStatus === 'unpaid' && !order.expired;
}

/** A new attempt: fresh id; for eSewa the amount formatted once and stored exactly as it will be signed. */
async function createAttempt(tx: Transaction, order: PayableOrder, provider: OnlineMethod): Promise<Attempt> {
  const [attempt] = await tx
    .insert(payments)
    .values({
      orderId: order.id,
      provider,
      transactionUuid: newTransactionUuid(order.number),
      amountPaisa: order.totalPaisa,
      amountSigned: provider === 'esewa' ? formatEsewaAmount(order.totalPaisa) : null,
      status: 'initiated',
    })
    .returning(ATTEMPT_COLUMNS);
  return attempt!;
}

/** The open attempt of this provider, or a new one. */
function openAttempt(tx: Transaction, order: PayableOrder, latest: Attempt | undefined, provider: OnlineMethod) {
  return latest?.status === 'initiated' && latest.provider === provider ? latest : createAttempt(tx, order, provider);
}

/**
 * For the pay page: eSewa's signed form of the open attempt (creating the first one on the first
 * visit), Khalti's start button, or why there is nothing to pay. Null when the order is not this
 * shopper's online-payment order.
 */
export async function preparePayment(input: { orderNumber: string; userId: string }, database: Database = db): Promise<PaymentState | null> {
  return database.transaction(async (tx) => {
    const order = await lockOwnOrder(tx, input.orderNumber, input.userId);
    if (!order) return null;
    if (order.paymentStatus !== 'unpaid') return { kind: 'paid', order };
    const latest = await latestAttempt(tx, order.id);
    if (latest?.status === 'pending' || latest?.status === 'ambiguous') return { kind: 'checking', order };
    if (!isOpenForPayment(order)) return { kind: 'closed', order };
    const methods = availableOnlineMethods();
    if (latest && FINAL_UNPAID.includes(latest.status)) {
      return { kind: 'retry', order, lastAttempt: latest.status, lastProvider: isOnlineMethod(latest.provider) ? latest.provider : order.paymentMethod, methods };
    }
    if (order.paymentMethod !== 'esewa') return { kind: 'start', order, methods };
    const attempt = await openAttempt(tx, order, latest, 'esewa');
    const instruction = await paymentProvider('esewa').start(attempt, { number: order.number, ...order.recipient, email: '' });
    if (instruction.kind !== 'form') throw new Error('eSewa starts with a form');
    return { kind: 'redirect', order, formUrl: instruction.url, fields: instruction.fields as EsewaFormFields };
  });
}

function assertRetryable(order: PayableOrder, latest: Attempt | undefined) {
  if (!isOpenForPayment(order)) throw new OrderNotPayableError(order.expired ? 'The time to pay for this order has run out.' : undefined);
  if (latest?.status === 'pending' || latest?.status === 'ambiguous') {
    const label = isOnlineMethod(latest.provider) ? PROVIDER_LABELS[latest.provider] : 'the provider';
    throw new OrderNotPayableError(`Your last payment is still being confirmed by ${label}. Please wait a few minutes.`);
  }
  if (latest?.status === 'complete') throw new OrderNotPayableError('This order is already paid.');
}

/** The shopper picked another way to pay: the order says so from now on (audited). */
async function switchMethod(tx: Transaction, order: PayableOrder & { paymentMethod: OnlineMethod }, method: OnlineMethod, userId: string) {
  if (order.paymentMethod === method) return;
  if (!availableOnlineMethods().includes(method)) throw new OrderNotPayableError(`${PROVIDER_LABELS[method]} is not available right now.`);
  await tx.update(orders).set({ paymentMethod: method, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
  await recordAudit(tx, { actorId: userId, actorRole: 'customer', action: 'order.payment_method_changed', entityType: 'order', entityId: order.id, details: { orderNumber: order.number, from: order.paymentMethod, to: method } });
  order.paymentMethod = method;
}

/**
 * Retry after a failed or cancelled attempt, with the same method or another: a new attempt with
 * a new id, since eSewa refuses a reused uuid. A double click finds the attempt the first made.
 */
export async function retryPayment(input: { orderNumber: string; userId: string; method?: OnlineMethod }, database: Database = db): Promise<{ transactionUuid: string; method: OnlineMethod } | null> {
  return database.transaction(async (tx) => {
    const order = await lockOwnOrder(tx, input.orderNumber, input.userId);
    if (!order) return null;
    const latest = await latestAttempt(tx, order.id);
    assertRetryable(order, latest);
    await switchMethod(tx, order, input.method ?? order.paymentMethod, input.userId);
    const attempt = await openAttempt(tx, order, latest, order.paymentMethod);
    return { transactionUuid: attempt.transactionUuid, method: order.paymentMethod };
  });
}

/**
 * Starts paying an order by a provider reached through a link (Khalti): opens the attempt under
 * the order's lock, asks the provider for a session outside it (a slow provider must not hold the
 * order), and stores the session once. Returns where to send the browser; null when the order is
 * not this shopper's. Throws OrderNotPayableError when it cannot be paid or the provider refused.
 */
export async function startLinkPayment(input: { orderNumber: string; userId: string }, database: Database = db): Promise<{ url: string } | null> {
  const opened = await database.transaction(async (tx) => {
    const order = await lockOwnOrder(tx, input.orderNumber, input.userId);
    if (!order) return null;
    const latest = await latestAttempt(tx, order.id);
    if (latest && FINAL_UNPAID.includes(latest.status)) throw new OrderNotPayableError('Choose how to try again.');
    assertRetryable(order, latest);
    if (order.paymentMethod === 'esewa') throw new OrderNotPayableError('This order is paid with eSewa.');
    return { order, attempt: await openAttempt(tx, order, latest, order.paymentMethod) };
  });
  if (!opened) return null;
  const { order, attempt } = opened;
  const provider = paymentProvider(order.paymentMethod);
  const instruction = await provider.start(attempt, { number: order.number, ...order.recipient, email: '' });
  if (instruction.kind === 'form') throw new Error(`${provider.label} starts with a link`);
  if (instruction.kind === 'failed') {
    logger.warn({ reason: instruction.reason, transactionUuid: attempt.transactionUuid }, `${provider.label} would not start a payment`);
    // Nothing was opened that we know of: the attempt is over and the shopper may try again.
    await database
      .update(payments)
      .set({ status: 'failed', lastStatusCheck: { start_failed: instruction.reason, raw: instruction.raw ?? null }, lastCheckedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(payments.id, attempt.id), eq(payments.status, 'initiated'), isNull(payments.providerSessionId)));
    throw new OrderNotPayableError(`${provider.label} could not start the payment just now. Please try again in a moment.`);
  }
  if (!instruction.session) return { url: instruction.url };
  const { session } = instruction;
  const stored = await database.transaction(async (tx) => {
    const [row] = await tx
      .update(payments)
      .set({ providerSessionId: session.id, providerPaymentUrl: session.paymentUrl, providerExpiresAt: session.expiresAt, updatedAt: sql`now()` })
      .where(and(eq(payments.id, attempt.id), isNull(payments.providerSessionId)))
      .returning({ url: payments.providerPaymentUrl });
    // The order ran out while the provider answered: nobody is sent to pay for it (the unused link expires).
    if (row && !(await holdOrderForPaymentLink(tx, order.id, session.expiresAt))) throw new OrderNotPayableError('The time to pay for this order has run out.');
    return row;
  });
  if (stored?.url) return { url: stored.url };
  // A second click opened its own session meanwhile: everyone goes to the one stored first.
  const [first] = await database.select({ url: payments.providerPaymentUrl }).from(payments).where(eq(payments.id, attempt.id));
  if (!first?.url) throw new OrderNotPayableError();
  return { url: first.url };
}
