import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, orderEvents, orders, payments, stockMovements } from '@/db/schema';
import { env } from '@/lib/env';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { renderTemplate } from '@/lib/notifications/templates';
import { checkoutKey } from '@/test-support/factories/orders';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';
import { sweepExpiredOrders } from './expire-orders';
import { placeOrder } from './place-order';
import { getOrderForUser } from './queries';
import { transitionOrder } from './transitions';

const placeRx = (shopper: TestCustomer, productId: number, quantity: number, paymentMethod: 'cod' | 'esewa' = 'cod') =>
  placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod, lines: [{ productId, quantity }] });

/** As if the order had started waiting for its prescription `hours` ago. */
const waitedFor = (orderId: string, hours: number) =>
  db.update(orderEvents).set({ createdAt: sql`now() - make_interval(hours => ${hours})` }).where(eq(orderEvents.orderId, orderId));

const stateOf = async (orderId: string) => (await db.select({ status: orders.status, paymentStatus: orders.paymentStatus, cancelReason: orders.cancelReason }).from(orders).where(eq(orders.id, orderId)))[0]!;

const noticesFor = (userId: string, template: string) =>
  db.select({ payload: notifications.payload }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.template, template)));

describe('an order waiting for its prescription holds stock for PRESCRIPTION_HOLD_HOURS', () => {
  it('is cancelled by the expiry sweep after the hold time, its stock back, and the shopper told', async () => {
    expect(env.PRESCRIPTION_HOLD_HOURS).toBe(48);
    const shopper = await createCustomer();
    const product = await createProduct({ requiresPrescription: true, batches: [{ quantity: 10 }] });
    const late = await placeRx(shopper, product.id, 3);
    const fresh = await placeRx(shopper, product.id, 2);
    expect([late.status, fresh.status]).toEqual(['awaiting_prescription', 'awaiting_prescription']);
    await waitedFor(late.orderId, 49);
    await waitedFor(fresh.orderId, 47);
    expect(await stockOf(product.id)).toBe(5);

    expect((await sweepExpiredOrders()).expired).toBeGreaterThanOrEqual(1);
    expect(await stateOf(late.orderId)).toEqual({ status: 'cancelled', paymentStatus: 'unpaid', cancelReason: 'No approved prescription arrived in time.' });
    expect((await stateOf(fresh.orderId)).status).toBe('awaiting_prescription');
    expect(await stockOf(product.id)).toBe(8);
    const release = await db.select().from(stockMovements).where(eq(stockMovements.orderId, late.orderId));
    expect(release.filter((m) => m.reason === 'expiry_release').map((m) => m.quantityChange)).toEqual([3]);
    expect(await ledgerMismatches(product.id)).toEqual([]);

    const [notice, ...more] = await noticesFor(shopper.id, 'prescription-hold-expired');
    expect(more).toEqual([]);
    expect(notice!.payload).toMatchObject({ orderNumber: late.number, refundDue: false, holdHours: 48 });
    expect(await noticesFor(shopper.id, 'order-cancelled')).toEqual([]);
    expect((await sweepExpiredOrders()).expired).toBe(0);
  });

  it('marks a paid order refund_due when its hold ends, and says so in the notice', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ requiresPrescription: true, batches: [{ quantity: 4 }] });
    const order = await placeRx(shopper, product.id, 4, 'esewa');
    await db.insert(payments).values({ orderId: order.orderId, provider: 'esewa', transactionUuid: `${order.number}-paid`, amountPaisa: order.totalPaisa, status: 'complete' });
    await stockTransaction(db, (tx) => transitionOrder(tx, { orderId: order.orderId, to: 'awaiting_prescription', paymentStatus: 'paid', actor: null }));
    await waitedFor(order.orderId, 49);

    await sweepExpiredOrders();
    expect(await stateOf(order.orderId)).toMatchObject({ status: 'cancelled', paymentStatus: 'refund_due' });
    expect(await stockOf(product.id)).toBe(4);
    const [notice] = await noticesFor(shopper.id, 'prescription-hold-expired');
    expect(notice!.payload).toMatchObject({ refundDue: true });
    expect(renderTemplate('prescription-hold-expired', notice!.payload).text).toContain('will be refunded to the wallet you paid with');
  });

  it('gives its stock to the next checkout at once, before the sweep runs', async () => {
    const [holder, next] = [await createCustomer(), await createCustomer()];
    const product = await createProduct({ requiresPrescription: true, batches: [{ quantity: 3 }] });
    const held = await placeRx(holder, product.id, 3);
    await waitedFor(held.orderId, 49);
    await placeRx(next, product.id, 3);
    expect((await stateOf(held.orderId)).status).toBe('cancelled');
    expect(await stockOf(product.id)).toBe(0);
  });

  it('shows the shopper by when the prescription must be approved', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ requiresPrescription: true });
    const order = await placeRx(shopper, product.id, 1);
    const detail = await getOrderForUser(shopper.id, order.number);
    const [placed] = await db.select({ at: orderEvents.createdAt }).from(orderEvents).where(eq(orderEvents.orderId, order.orderId));
    expect(detail!.prescriptionDeadline!.getTime()).toBe(placed!.at.getTime() + 48 * 3600_000);
  });

  it('escapes the shopper name in the email', () => {
    const html = renderTemplate('prescription-hold-expired', { name: '<img src=x onerror=alert(1)>', orderNumber: 'MN-1', totalPaisa: 100, refundDue: false, holdHours: 48 }).html;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});
