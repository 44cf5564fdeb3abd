import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { payments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { StockTransaction } from '@/lib/inventory/change-stock';
import { notifyShopper } from '@/lib/notifications/notify-shopper';
import { statusAfterPayment, transitionOrder, type lockOrder } from '@/lib/orders/transitions';

export type LockedOrder = Awaited<ReturnType<typeof lockOrder>>;
type Attempt = { id: string; transactionUuid: string; amountPaisa: number };

/**
 * Money the provider confirmed, applied to the order the caller has locked. Normally: paid and moved on
 * with an email. If the order was already cancelled (expired while the shopper paid) the money
 * is owed back; if another attempt already paid it, the shopper paid twice: staff must refund.
 */
export async function applyCompletedPayment(tx: StockTransaction, order: LockedOrder, attempt: Attempt, reference: string | null, providerLabel: string) {
  const note = `Paid with ${providerLabel}${reference ? ` (${reference})` : ''}, transaction ${attempt.transactionUuid}`;
  if (order.paymentStatus === 'unpaid' && order.status === 'pending_payment') {
    const next = await statusAfterPayment(tx, order.id);
    await transitionOrder(tx, { orderId: order.id, to: next, actor: null, paymentStatus: 'paid', note });
    await notifyShopper(tx, {
      userId: order.userId,
      toEmail: order.email,
      template: 'payment-received',
      payload: { name: order.name, orderNumber: order.number, amountPaisa: attempt.amountPaisa, reference, status: next, provider: providerLabel },
    });
    return 'paid' as const;
  }
  if (order.paymentStatus === 'unpaid' && order.status === 'cancelled') {
    await transitionOrder(tx, { orderId: order.id, to: 'cancelled', actor: null, paymentStatus: 'paid', note });
    await transitionOrder(tx, { orderId: order.id, to: 'cancelled', actor: null, paymentStatus: 'refund_due', note: 'Paid after the order was cancelled; refund due.' });
    await audit(tx, 'payment.paid_after_cancel', attempt, { orderNumber: order.number, reference });
    return 'refund_due' as const;
  }
  await audit(tx, 'payment.duplicate', attempt, { orderNumber: order.number, reference, orderPaymentStatus: order.paymentStatus });
  return 'duplicate' as const;
}

/**
 * The provider says the attempt is over (session ended or cancelled) and the order's time is up: the order
 * expires and its stock goes back, unless another attempt may still be paying.
 */
export async function expireUnpaidOrder(tx: StockTransaction, order: LockedOrder, attempt: Attempt): Promise<boolean> {
  if (order.status !== 'pending_payment' || order.paymentStatus !== 'unpaid') return false;
  const [other] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, order.id), ne(payments.id, attempt.id), inArray(payments.status, ['pending', 'ambiguous', 'complete'])))
    .limit(1);
  if (other) return false;
  await transitionOrder(tx, { orderId: order.id, to: 'cancelled', actor: null, note: 'Payment was not completed in time.', restockReason: 'expiry_release' });
  return true;
}

/** The provider reports the money went back in full: our books follow (paid → refund due → refunded). */
export async function applyProviderRefund(tx: StockTransaction, order: LockedOrder, attempt: Attempt, providerLabel: string) {
  if (order.paymentStatus === 'paid') {
    await transitionOrder(tx, { orderId: order.id, to: order.status, actor: null, paymentStatus: 'refund_due', note: `${providerLabel} reports a full refund.` });
  }
  if (order.paymentStatus === 'paid' || order.paymentStatus === 'refund_due') {
    await transitionOrder(tx, { orderId: order.id, to: order.status, actor: null, paymentStatus: 'refunded', note: `Refunded through ${providerLabel}.` });
  }
  await audit(tx, 'payment.refund_reported', attempt, { orderNumber: order.number });
}

export async function audit(tx: Transaction, action: string, attempt: Attempt, details: Record<string, unknown>) {
  await recordAudit(tx, { actorId: null, actorRole: null, action, entityType: 'payment', entityId: attempt.id, details: { transactionUuid: attempt.transactionUuid, ...details } });
}
