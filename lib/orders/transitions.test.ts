import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, orderEvents, orders, stockMovements, type OrderStatus, type PaymentStatus } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { IllegalTransitionError, OrderNotFoundError, PrescriptionRequiredError } from './errors';
import { placeOrder } from './place-order';
import { ORDER_TRANSITIONS, transitionOrder, type TransitionInput } from './transitions';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';

type Customer = Awaited<ReturnType<typeof createCustomer>>;
let shopper: Customer;
let stranger: Customer;
const pharmacist = { id: '', role: 'pharmacist' as const };

beforeAll(async () => {
  shopper = await createCustomer();
  stranger = await createCustomer();
  pharmacist.id = (await createCustomer()).id;
});

/** An order forced into a given state: the transition under test is the only real one. */
async function orderIn(status: OrderStatus, paymentStatus: PaymentStatus = 'unpaid', options: { rx?: boolean; method?: 'cod' | 'esewa' } = {}) {
  const product = await createProduct({ requiresPrescription: options.rx ?? false });
  // Placed by a new account (one may hold only a few open orders at once), then given to `shopper`.
  const buyer = await createCustomer();
  const placed = await placeOrder({ userId: buyer.id, addressId: buyer.addressId, checkoutKey: checkoutKey(), paymentMethod: options.method ?? 'cod', lines: [{ productId: product.id, quantity: 3 }] });
  await db.update(orders).set({ status, paymentStatus, userId: shopper.id }).where(eq(orders.id, placed.orderId));
  return { orderId: placed.orderId, productId: product.id };
}

const move = (input: TransitionInput) => stockTransaction(db, (tx) => transitionOrder(tx, input));
const eventsOf = (orderId: string) => db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);

describe('order transitions', () => {
  const allowed = Object.entries(ORDER_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => [from as OrderStatus, to] as const));

  it.each(allowed)('allows %s → %s and records it as an event', async (from, to) => {
    // Leaving pending_payment for anything but cancellation is the payment callback's job: it pays too.
    const paymentStatus = from === 'pending_payment' && to !== 'cancelled' ? ('paid' as const) : undefined;
    const { orderId } = await orderIn(from);
    const result = await move({ orderId, to, actor: pharmacist, note: `to ${to}`, paymentStatus });
    expect(result.to.status).toBe(to);
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
    expect(row!.status).toBe(to);
    const last = (await eventsOf(orderId)).at(-1)!;
    expect(last).toMatchObject({ type: 'status_changed', fromStatus: from, toStatus: to, actorId: pharmacist.id, actorRole: 'pharmacist', note: `to ${to}` });
  });

  const illegal: [OrderStatus, OrderStatus][] = [
    ['delivered', 'cancelled'],
    ['dispatched', 'cancelled'],
    ['cancelled', 'confirmed'],
    ['cancelled', 'cancelled'],
    ['confirmed', 'pending_payment'],
    ['packed', 'confirmed'],
    ['pending_payment', 'packed'],
    ['awaiting_prescription', 'dispatched'],
    ['confirmed', 'delivered'],
    ['delivered', 'dispatched'],
  ];
  it.each(illegal)('refuses %s → %s and changes nothing', async (from, to) => {
    const { orderId } = await orderIn(from);
    const before = await eventsOf(orderId);
    await expect(move({ orderId, to, actor: pharmacist })).rejects.toThrow(IllegalTransitionError);
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
    expect(row!.status).toBe(from);
    expect(await eventsOf(orderId)).toHaveLength(before.length);
  });

  it('refuses to confirm an eSewa order that has not been paid', async () => {
    const { orderId } = await orderIn('pending_payment', 'unpaid', { method: 'esewa' });
    await expect(move({ orderId, to: 'confirmed', actor: null })).rejects.toThrow('This order has not been paid yet.');
  });

  it('refuses to confirm, pack or dispatch prescription-only lines without coverage', async () => {
    for (const [from, to] of [['awaiting_prescription', 'confirmed'], ['confirmed', 'packed'], ['packed', 'dispatched']] as const) {
      const { orderId } = await orderIn(from, 'unpaid', { rx: true });
      await expect(move({ orderId, to, actor: pharmacist })).rejects.toThrow(PrescriptionRequiredError);
    }
  });

  it('lets a shopper cancel only their own order, and nothing else', async () => {
    const { orderId } = await orderIn('confirmed');
    await expect(move({ orderId, to: 'cancelled', actor: { id: stranger.id, role: 'customer' } })).rejects.toThrow(OrderNotFoundError);
    await expect(move({ orderId, to: 'packed', actor: { id: shopper.id, role: 'customer' } })).rejects.toThrow(IllegalTransitionError);
    await move({ orderId, to: 'cancelled', actor: { id: shopper.id, role: 'customer' }, note: 'Ordered by mistake' });
    const [row] = await db.select({ status: orders.status, cancelReason: orders.cancelReason }).from(orders).where(eq(orders.id, orderId));
    expect(row).toEqual({ status: 'cancelled', cancelReason: 'Ordered by mistake' });
  });

  it('restocks on cancel exactly once, even when cancelled again', async () => {
    const { orderId, productId } = await orderIn('confirmed');
    expect(await stockOf(productId)).toBe(7);
    await move({ orderId, to: 'cancelled', actor: { id: shopper.id, role: 'customer' } });
    expect(await stockOf(productId)).toBe(10);
    await expect(move({ orderId, to: 'cancelled', actor: { id: shopper.id, role: 'customer' } })).rejects.toThrow('This order is already cancelled.');
    expect(await stockOf(productId)).toBe(10);
    const restocks = await db.select().from(stockMovements).where(and(eq(stockMovements.orderId, orderId), eq(stockMovements.reason, 'cancel_restock')));
    expect(restocks.map((m) => m.quantityChange)).toEqual([3]);
    expect(await ledgerMismatches(productId)).toEqual([]);
    const mail = await db.select().from(notifications).where(and(eq(notifications.userId, shopper.id), eq(notifications.template, 'order-cancelled')));
    expect(mail.length).toBeGreaterThan(0);
  });

  it('marks a paid order refund_due when it is cancelled, then refunded as a payment-only event', async () => {
    const { orderId } = await orderIn('confirmed', 'paid', { method: 'esewa' });
    const cancelled = await move({ orderId, to: 'cancelled', actor: { id: shopper.id, role: 'customer' } });
    expect(cancelled.to).toEqual({ status: 'cancelled', paymentStatus: 'refund_due' });
    await move({ orderId, to: 'cancelled', actor: pharmacist, paymentStatus: 'refunded', note: 'eSewa ref 0001' });
    const last = (await eventsOf(orderId)).at(-1)!;
    expect(last).toMatchObject({ type: 'payment_status_changed', fromPaymentStatus: 'refund_due', toPaymentStatus: 'refunded' });
  });

  it('refuses payment moves outside the payment table', async () => {
    const { orderId } = await orderIn('confirmed', 'unpaid');
    await expect(move({ orderId, to: 'confirmed', actor: pharmacist, paymentStatus: 'refunded' })).rejects.toThrow(IllegalTransitionError);
    await expect(move({ orderId, to: 'packed', actor: pharmacist, paymentStatus: 'refund_due' })).rejects.toThrow(IllegalTransitionError);
  });

  it('records cash on delivery as paid when delivered', async () => {
    const { orderId } = await orderIn('dispatched', 'unpaid');
    const result = await move({ orderId, to: 'delivered', actor: pharmacist });
    expect(result.to).toEqual({ status: 'delivered', paymentStatus: 'paid' });
  });

  it('queues the dispatched email', async () => {
    const { orderId } = await orderIn('packed');
    const { number } = await move({ orderId, to: 'dispatched', actor: pharmacist, note: 'Pathao, rider Ram' });
    const mail = await db.select().from(notifications).where(and(eq(notifications.userId, shopper.id), eq(notifications.template, 'order-dispatched')));
    expect(mail.some((m) => (m.payload as { orderNumber: string }).orderNumber === number)).toBe(true);
  });
});
