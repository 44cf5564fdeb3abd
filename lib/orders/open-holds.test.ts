import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { env } from '@/lib/env';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { checkoutKey } from '@/test-support/factories/orders';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';
import { HeldUnitsLimitError, OpenOrdersLimitError } from './errors';
import { placeOrder } from './place-order';
import { transitionOrder } from './transitions';

const order = (shopper: TestCustomer, productId: number, quantity = 1, paymentMethod: 'cod' | 'esewa' = 'esewa') =>
  placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod, lines: [{ productId, quantity }] });

const move = (orderId: string, to: 'cancelled' | 'packed' | 'confirmed', paymentStatus?: 'paid') =>
  stockTransaction(db, (tx) => transitionOrder(tx, { orderId, to, actor: null, paymentStatus }));

describe('limits on stock an account holds without paying', () => {
  it('uses the documented defaults', () => {
    expect(env.MAX_OPEN_ORDERS_PER_ACCOUNT).toBe(3);
    expect(env.MAX_OPEN_UNITS_PER_PRODUCT_PER_ACCOUNT).toBe(10);
  });

  it('lets exactly 3 of 20 simultaneous checkouts by one account through, 5 times over', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 5; round += 1) {
      const shopper = await createCustomer();
      const product = await createProduct({ batches: [{ quantity: 100 }] });
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => order(shopper, product.id)));
      const refusals = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
      expect(refusals.filter((e) => !(e instanceof OpenOrdersLimitError)).map(String)).toEqual([]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      expect(await stockOf(product.id)).toBe(97);
      const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(orders).where(eq(orders.userId, shopper.id));
      expect(n).toBe(3);
      expect(await ledgerMismatches(product.id)).toEqual([]);
    }
  });

  it('refuses a fourth open order with a message that says what to do, and allows one once another is paid or cancelled', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 50 }] });
    const [first, second] = [await order(shopper, product.id), await order(shopper, product.id), await order(shopper, product.id)];
    const refusal = await order(shopper, product.id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(OpenOrdersLimitError);
    expect((refusal as Error).message).toBe('You already have 3 orders waiting for payment, a prescription or packing. Pay for one, or cancel one you no longer need, before placing another.');
    expect(await stockOf(product.id)).toBe(47);

    await move(first!.orderId, 'confirmed', 'paid');
    await order(shopper, product.id);
    await expect(order(shopper, product.id)).rejects.toThrow(OpenOrdersLimitError);
    await move(second!.orderId, 'cancelled');
    await order(shopper, product.id);
  });

  it('counts cash-on-delivery orders until a pharmacist packs them, and ignores other accounts', async () => {
    const shopper = await createCustomer();
    const neighbour = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 50 }] });
    const cod = [await order(shopper, product.id, 1, 'cod'), await order(shopper, product.id, 1, 'cod'), await order(shopper, product.id, 1, 'cod')];
    expect(cod.map((o) => o.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    await expect(order(shopper, product.id, 1, 'cod')).rejects.toThrow(OpenOrdersLimitError);
    await order(neighbour, product.id, 1, 'cod');
    await move(cod[0]!.orderId, 'packed');
    await order(shopper, product.id, 1, 'cod');
  });

  it('limits the units of one product held across open orders, not per order', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ brandName: 'Scarcemol 500', batches: [{ quantity: 50 }] });
    const other = await createProduct({ batches: [{ quantity: 50 }] });
    const first = await order(shopper, product.id, 6);
    const refusal = await order(shopper, product.id, 5).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(HeldUnitsLimitError);
    expect((refusal as Error).message).toBe('Your open orders already hold 6 of Scarcemol 500; at most 10 can wait at a time. Pay for or cancel an earlier order, or order fewer.');
    expect(await stockOf(product.id)).toBe(44);
    // A cart with the product and another is refused whole; other products are not limited by it.
    await expect(
      placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'esewa', lines: [{ productId: other.id, quantity: 2 }, { productId: product.id, quantity: 5 }] }),
    ).rejects.toThrow(HeldUnitsLimitError);
    expect(await stockOf(other.id)).toBe(50);
    await order(shopper, product.id, 4);
    await move(first.orderId, 'cancelled');
    await order(shopper, product.id, 6);
    expect(await stockOf(product.id)).toBe(40);
  });

  it('no longer counts an unpaid order past its payment window: checkout releases it', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 20 }] });
    const stale = [await order(shopper, product.id, 4), await order(shopper, product.id, 4), await order(shopper, product.id, 2)];
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.userId, shopper.id));
    await order(shopper, product.id, 10);
    const statuses = await db.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.userId, shopper.id));
    expect(statuses.filter((s) => stale.some((o) => o.orderId === s.id)).map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await stockOf(product.id)).toBe(10);
  });

  it('still returns the same order for a double submit of the last order allowed', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 20 }] });
    await order(shopper, product.id);
    await order(shopper, product.id);
    const key = checkoutKey();
    const submit = () => placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: key, paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 1 }] });
    const [a, b] = await Promise.all([submit(), submit()]);
    expect(a.orderId).toBe(b.orderId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });
});
