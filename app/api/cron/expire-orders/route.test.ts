import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orderEvents, orders, payments, stockMovements } from '@/db/schema';
import { env } from '@/lib/env';
import { OutOfStockError } from '@/lib/orders/errors';
import { placeOrder } from '@/lib/orders/place-order';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';
import { POST } from './route';

const call = (authorization?: string) =>
  POST(new Request('http://localhost/api/cron/expire-orders', { method: 'POST', headers: authorization ? { authorization } : {} }));

describe('POST /api/cron/expire-orders', () => {
  it('refuses a missing or wrong secret with 401 and changes nothing', async () => {
    expect((await call()).status).toBe(401);
    expect((await call('Bearer not-the-secret')).status).toBe(401);
  });

  it('cancels unpaid orders past their window, restocks them, and leaves fresh ones alone', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 5, expiryDate: '2099-01-01' }] });
    const place = () => placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 2 }] });
    const stale = await place();
    const fresh = await place();
    await db.update(orders).set({ expiresAt: sql`now() - interval '5 minutes'` }).where(eq(orders.id, stale.orderId));
    expect(await stockOf(product.id)).toBe(1);

    const response = await call(`Bearer ${env.CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect((await response.json()).expired).toBeGreaterThanOrEqual(1);

    const statuses = await db.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.userId, shopper.id));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [stale.orderId]: 'cancelled', [fresh.orderId]: 'pending_payment' });
    expect(await stockOf(product.id)).toBe(3);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, stale.orderId));
    expect(events.at(-1)).toMatchObject({ toStatus: 'cancelled', actorId: null, note: 'Payment was not completed in time.' });
    const release = await db.select().from(stockMovements).where(eq(stockMovements.orderId, stale.orderId));
    expect(release.filter((m) => m.reason === 'expiry_release').map((m) => m.quantityChange)).toEqual([2]);
    expect(await ledgerMismatches(product.id)).toEqual([]);

    // A second sweep finds nothing more to do.
    expect((await (await call(`Bearer ${env.CRON_SECRET}`)).json()).expired).toBe(0);
  });

  it('leaves an expired order alone while eSewa reports its payment pending, in the sweep and at checkout', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 2, expiryDate: '2099-01-01' }] });
    const held = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 2 }] });
    await db.update(orders).set({ expiresAt: sql`now() - interval '5 minutes'` }).where(eq(orders.id, held.orderId));
    await db.insert(payments).values({ orderId: held.orderId, provider: 'esewa', transactionUuid: `${held.number}-pending`, amountPaisa: held.totalPaisa, status: 'pending' });

    await call(`Bearer ${env.CRON_SECRET}`);
    await expect(placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] })).rejects.toThrow(OutOfStockError);
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, held.orderId));
    expect(row!.status).toBe('pending_payment');
    expect(await stockOf(product.id)).toBe(0);
  });
});
