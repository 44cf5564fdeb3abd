import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { orderEvents, orders, users, type OrderStatus, type PaymentMethod, type PaymentStatus, type UserRole } from '@/db/schema';
import { recordControlledDispatch } from '@/lib/controlled/register';
import { env } from '@/lib/env';
import { recordRefillSupply } from '@/lib/refills/record';
import { metrics } from '@/lib/observability/metrics';
import type { StockTransaction } from '@/lib/inventory/change-stock';
import { releaseOrderStock, type ReleaseReason } from '@/lib/inventory/release-stock';
import { can } from '@/lib/permissions/matrix';
import { IllegalTransitionError, OrderNotFoundError, PrescriptionRequiredError } from './errors';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { notifyOrder } from './notify';
import { hasPrescriptionCoverage } from './prescription-guard';
import { isAllowedPaymentTransition, isAllowedTransition, PRESCRIPTION_GATED } from './status-rules';

export { ORDER_TRANSITIONS, PAYMENT_TRANSITIONS, isAllowedTransition, isAllowedPaymentTransition, canBeCancelled } from './status-rules';
export type { ReleaseReason } from '@/lib/inventory/release-stock';

/** Who asked for the change; null is the system itself (cron, payment callback, reconciliation). */
export type TransitionActor = { id: string; role: UserRole } | null;

export type TransitionInput = {
  orderId: string;
  to: OrderStatus;
  actor: TransitionActor;
  note?: string;
  /** Move the payment status too, in the same event (e.g. `paid` with `confirmed`). */
  paymentStatus?: PaymentStatus;
  /** Ledger reason for the restock when cancelling; an unpaid order timing out is `expiry_release`. */
  restockReason?: ReleaseReason;
  /** The email a cancellation sends instead of the generic one; the expiry sweep names its own. */
  cancelNotice?: 'prescription-hold-expired';
  /** What staff gave when dispatching, for the shopper's email and SMS. */
  dispatch?: { courier: string; trackingNote: string | null };
};

export type TransitionResult = {
  orderId: string;
  number: string;
  userId: string;
  from: { status: OrderStatus; paymentStatus: PaymentStatus };
  to: { status: OrderStatus; paymentStatus: PaymentStatus };
  /** Products whose stock a cancellation put back (empty otherwise). */
  restockedProducts: number[];
};

/** Locks the order row for the rest of the transaction and returns what transitions need. */
export async function lockOrder(tx: Transaction, orderId: string) {
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      paymentMethod: orders.paymentMethod,
      totalPaisa: orders.totalPaisa,
      email: users.email,
      name: users.name,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId))
    .for('update', { of: orders });
  if (!order) throw new OrderNotFoundError();
  return order;
}

/**
 * The only way an order changes status or payment status. Locks the order, checks the table
 * (status-rules.ts) and the prescription guard, writes one order_event, restocks on cancel, and
 * queues the shopper's email and SMS. Throws IllegalTransitionError (or PrescriptionRequiredError).
 * A StockTransaction because a cancellation changes stock (lib/inventory/change-stock.ts).
 */
export async function transitionOrder(tx: StockTransaction, input: TransitionInput): Promise<TransitionResult> {
  const order = await lockOrder(tx, input.orderId);
  const from = { status: order.status, paymentStatus: order.paymentStatus };
  const to = { status: input.to, paymentStatus: nextPaymentStatus(order, input) };
  const refuse = (message?: string): never => {
    throw new IllegalTransitionError(from, { status: input.to, paymentStatus: input.paymentStatus }, message);
  };

  // Whoever may not manage orders (a shopper) may only cancel, and only their own; a stranger learns nothing.
  if (input.actor && !can(input.actor.role, 'orders.manage')) {
    if (input.actor.id !== order.userId) throw new OrderNotFoundError();
    if (input.to !== 'cancelled') refuse();
  }

  const statusChanges = from.status !== to.status;
  const paymentChanges = from.paymentStatus !== to.paymentStatus;
  if (statusChanges && !isAllowedTransition(from.status, to.status)) refuse();
  if (!statusChanges && !paymentChanges) refuse(from.status === 'cancelled' ? 'This order is already cancelled.' : undefined);
  if (paymentChanges && !isAllowedPaymentTransition(from.paymentStatus, to.paymentStatus)) {
    refuse(`Payment cannot move from ${from.paymentStatus.replace('_', ' ')} to ${to.paymentStatus.replace('_', ' ')}.`);
  }
  // An online-payment order leaves pending_payment only once it is paid (or by being cancelled).
  if (from.status === 'pending_payment' && to.status !== 'cancelled' && statusChanges && to.paymentStatus !== 'paid') {
    refuse('This order has not been paid yet.');
  }
  if (statusChanges && PRESCRIPTION_GATED.has(to.status) && !(await hasPrescriptionCoverage(tx, order.id))) {
    throw new PrescriptionRequiredError(from, to, 'An approved prescription must cover every prescription-only medicine first.');
  }

  const note = input.note?.trim() || null;
  await tx
    .update(orders)
    .set({
      status: to.status,
      paymentStatus: to.paymentStatus,
      updatedAt: sql`now()`,
      ...(to.status === 'cancelled' && statusChanges ? { cancelReason: note, expiresAt: null } : {}),
    })
    .where(eq(orders.id, order.id));
  await tx.insert(orderEvents).values({
    orderId: order.id,
    type: statusChanges ? 'status_changed' : 'payment_status_changed',
    fromStatus: from.status,
    toStatus: to.status,
    fromPaymentStatus: from.paymentStatus,
    toPaymentStatus: to.paymentStatus,
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    note,
  });
  const by = !input.actor ? 'system' : input.actor.id === order.userId ? 'customer' : 'staff';
  await emitWebhookEvent(tx, 'order.status_changed', { orderId: order.id, orderNumber: order.number, from, to, by });

  // Counted inside the transaction: a rolled-back cancellation (rare) is counted all the same.
  if (statusChanges && to.status === 'cancelled') metrics.ordersCancelled.inc({ by: input.actor ? (input.actor.id === order.userId ? 'customer' : 'staff') : 'system' });
  // Controlled medicines are entered in the register as they leave, in this same transaction.
  if (statusChanges && to.status === 'dispatched') await recordControlledDispatch(tx, { orderId: order.id, orderNumber: order.number, dispatchedById: input.actor?.id ?? null });
  const released = statusChanges && to.status === 'cancelled' ? await releaseOrderStock(tx, order.id, input.restockReason ?? 'cancel_restock', input.actor?.id ?? null) : [];
  const recipient = { userId: order.userId, toEmail: order.email };
  if (statusChanges && (to.status === 'cancelled' || to.status === 'dispatched')) {
    const payload = { name: order.name, orderNumber: order.number, totalPaisa: order.totalPaisa, reason: note, refundDue: to.paymentStatus === 'refund_due' };
    if (to.status === 'cancelled' && input.cancelNotice === 'prescription-hold-expired') {
      await notifyOrder(tx, { ...recipient, template: 'prescription-hold-expired', payload: { ...payload, holdHours: env.PRESCRIPTION_HOLD_HOURS } });
    } else if (to.status === 'cancelled') {
      await notifyOrder(tx, { ...recipient, template: 'order-cancelled', payload });
    } else {
      await notifyOrder(tx, { ...recipient, template: 'order-dispatched', payload: { ...payload, courier: input.dispatch?.courier ?? null, trackingNote: input.dispatch?.trackingNote ?? null } });
    }
  }
  if (statusChanges && to.status === 'delivered') {
    await recordRefillSupply(tx, { id: order.id, userId: order.userId });
    await notifyOrder(tx, { ...recipient, template: 'order-delivered', payload: { name: order.name, orderNumber: order.number, url: `${env.APP_URL}/orders/${order.number}` } });
  }
  return { orderId: order.id, number: order.number, userId: order.userId, from, to, restockedProducts: [...new Set(released.map((r) => r.productId))] };
}

function nextPaymentStatus(
  order: { status: OrderStatus; paymentStatus: PaymentStatus; paymentMethod: PaymentMethod },
  input: TransitionInput,
): PaymentStatus {
  if (input.paymentStatus) return input.paymentStatus;
  // Money already taken must go back when the order will not ship.
  if (input.to === 'cancelled' && order.paymentStatus === 'paid') return 'refund_due';
  // Cash on delivery is paid at the door.
  if (input.to === 'delivered' && order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid') return 'paid';
  return order.paymentStatus;
}

/** Where a freshly paid order goes next: straight to confirmed, or waiting for its prescription. */
export async function statusAfterPayment(tx: Transaction, orderId: string): Promise<'confirmed' | 'awaiting_prescription'> {
  return (await hasPrescriptionCoverage(tx, orderId)) ? 'confirmed' : 'awaiting_prescription';
}
