import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orderItemAllocations, orderItems, orders } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { OutOfStockError } from './errors';
import { sweepExpiredOrders } from './expire-orders';
import { placeOrder } from './place-order';
import { transitionOrder } from './transitions';
import { createCustomers } from '@/test-support/factories/users';
import { createCategory, createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { batchQuantities, ledgerMismatches, stockOf } from '@/test-support/stock-checks';

let categoryId: number;

beforeAll(async () => {
  categoryId = (await createCategory()).id;
});

/** Every answer must be an order or the out-of-stock refusal: anything else would be a 5xx. */
async function settle(attempts: Promise<unknown>[]) {
  const results = await Promise.allSettled(attempts);
  const placed = results.filter((r) => r.status === 'fulfilled').length;
  const refusals = results.filter((r) => r.status === 'rejected');
  const unexpected = refusals.map((r) => (r as PromiseRejectedResult).reason).filter((e) => !(e instanceof OutOfStockError));
  return { placed, outOfStock: refusals.length - unexpected.length, unexpected };
}

describe('placing orders concurrently', () => {
  it('sells exactly 10 of 10 units to 200 simultaneous shoppers, 20 times over', { timeout: 240_000 }, async () => {
    for (let round = 0; round < 20; round += 1) {
      // New shoppers each round: an account may hold only a few open orders (lib/orders/open-holds.ts).
      const shoppers = await createCustomers(200);
      // Two batches, so the race also covers FEFO splitting under contention.
      const product = await createProduct({ categoryId, batches: [{ quantity: 4, expiryDate: '2098-01-01' }, { quantity: 6, expiryDate: '2099-01-01' }] });
      const outcome = await settle(
        shoppers.map((s) => placeOrder({ userId: s.id, addressId: s.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] })),
      );
      expect(outcome.unexpected.map(String)).toEqual([]);
      expect(outcome.placed).toBe(10);
      expect(outcome.outOfStock).toBe(190);
      expect(await batchQuantities(product.id)).toEqual([0, 0]);
      const [sold] = await db.select({ n: count() }).from(orderItems).where(eq(orderItems.productId, product.id));
      expect(sold!.n).toBe(10);
      expect(await ledgerMismatches(product.id)).toEqual([]);
    }
  });

  it('never oversells with multi-item carts listing products in random order, 20 times over', { timeout: 240_000 }, async () => {
    for (let round = 0; round < 20; round += 1) {
      const shoppers = await createCustomers(200);
      const stock = [10, 7, 15];
      const products = await Promise.all(
        stock.map((q) => createProduct({ categoryId, batches: [{ quantity: Math.ceil(q / 2), expiryDate: '2098-06-01' }, { quantity: Math.floor(q / 2), expiryDate: '2099-06-01' }] })),
      );
      const carts = shoppers.map(() =>
        products
          .filter(() => Math.random() < 0.7)
          .map((p) => ({ productId: p.id, quantity: 1 + Math.floor(Math.random() * 3) }))
          .sort(() => Math.random() - 0.5),
      );
      const nonEmpty = carts.map((lines, i) => ({ lines: lines.length > 0 ? lines : [{ productId: products[0]!.id, quantity: 1 }], shopper: shoppers[i]! }));
      const outcome = await settle(
        nonEmpty.map(({ lines, shopper }) => placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines })),
      );
      expect(outcome.unexpected.map(String)).toEqual([]);
      expect(outcome.placed).toBeGreaterThan(0);
      expect(outcome.placed + outcome.outOfStock).toBe(200);

      for (const [i, product] of products.entries()) {
        const [sold] = await db
          .select({ q: sql<number>`coalesce(sum(${orderItems.quantity}), 0)::int` })
          .from(orderItems)
          .innerJoin(orders, eq(orders.id, orderItems.orderId))
          .where(eq(orderItems.productId, product.id));
        const left = await stockOf(product.id);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(sold!.q + left).toBe(stock[i]);
        expect((await batchQuantities(product.id)).every((q) => q >= 0)).toBe(true);
        expect(await ledgerMismatches(product.id)).toEqual([]);
      }
    }
  });

  it('cancels, expires and places at the same time without deadlock or lost stock', { timeout: 120_000 }, async () => {
    const shoppers = await createCustomers(200);
    const products = await Promise.all([0, 1, 2].map(() => createProduct({ categoryId, batches: [{ quantity: 100, expiryDate: '2098-01-01' }, { quantity: 100, expiryDate: '2099-01-01' }] })));
    const randomCart = () =>
      products
        .filter(() => Math.random() < 0.6)
        .concat(products[0]!)
        .map((p) => ({ productId: p.id, quantity: 1 + Math.floor(Math.random() * 2) }))
        .filter((l, i, all) => all.findIndex((x) => x.productId === l.productId) === i)
        .sort(() => Math.random() - 0.5);
    const first = await Promise.all(
      shoppers.slice(0, 40).map((s, i) => placeOrder({ userId: s.id, addressId: s.addressId, checkoutKey: checkoutKey(), paymentMethod: i % 2 ? 'esewa' : 'cod', lines: randomCart() })),
    );
    // Half the eSewa orders are past their payment window: checkout and the sweep both race to release them.
    const stale = first.filter((o) => o.status === 'pending_payment').slice(0, 10);
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(inArray(orders.id, stale.map((o) => o.orderId)));
    const toCancel = first.filter((o) => o.status === 'confirmed').slice(0, 15);

    const work: Promise<unknown>[] = [
      ...toCancel.map((o) => stockTransaction(db, (tx) => transitionOrder(tx, { orderId: o.orderId, to: 'cancelled', actor: null, note: 'race' }))),
      sweepExpiredOrders(),
      ...shoppers.slice(40, 160).map((s) => placeOrder({ userId: s.id, addressId: s.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: randomCart() })),
    ];
    const outcome = await settle(work);
    expect(outcome.unexpected.map(String)).toEqual([]);

    for (const product of products) {
      const [held] = await db
        .select({ q: sql<number>`coalesce(sum(${orderItemAllocations.quantity}), 0)::int` })
        .from(orderItemAllocations)
        .innerJoin(orderItems, eq(orderItems.id, orderItemAllocations.orderItemId))
        .where(and(eq(orderItems.productId, product.id), isNull(orderItemAllocations.releasedAt)));
      expect((await stockOf(product.id)) + held!.q).toBe(200);
      expect(await ledgerMismatches(product.id)).toEqual([]);
    }
    const stillStale = await db.select({ status: orders.status }).from(orders).where(inArray(orders.id, stale.map((o) => o.orderId)));
    expect(stillStale.every((o) => o.status === 'cancelled')).toBe(true);
  });
});
