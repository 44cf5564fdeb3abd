import { and, count, eq, sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cartItems, notifications, orderEvents, orderItemAllocations, orderItems, orders, stockMovements, users } from '@/db/schema';
import { addToCart, getOrCreateUserCart } from '@/lib/cart/cart-store';
import { AddressNotFoundError, EmailNotVerifiedError, OutOfStockError, ProductUnavailableError, QuantityLimitError } from './errors';
import { placeOrder } from './place-order';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { batchQuantities, ledgerMismatches, stockOf } from '@/test-support/stock-checks';

type Customer = Awaited<ReturnType<typeof createCustomer>>;
let shopper: Customer;
let stranger: Customer;

beforeAll(async () => {
  shopper = await createCustomer();
  stranger = await createCustomer();
});

const order = (customer: Customer, lines: { productId: number; quantity: number }[], extra: Record<string, unknown> = {}) =>
  placeOrder({ userId: customer.id, addressId: customer.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines, ...extra });

async function orderCount(userId: string) {
  const [row] = await db.select({ n: count() }).from(orders).where(eq(orders.userId, userId));
  return row!.n;
}

describe('placeOrder', () => {
  it('places a cash-on-delivery order priced from the database, with snapshots, allocations, ledger, event and email', async () => {
    const a = await createProduct({ pricePaisa: 25_050 });
    const b = await createProduct({ pricePaisa: 9_900 });
    const cartId = await getOrCreateUserCart(shopper.id);
    await addToCart(cartId, a.id, 2);
    await addToCart(cartId, b.id, 1);

    const placed = await order(shopper, [{ productId: b.id, quantity: 1 }, { productId: a.id, quantity: 2 }]);
    expect(placed).toMatchObject({ status: 'confirmed', paymentMethod: 'cod', totalPaisa: 2 * 25_050 + 9_900 + 10_000, created: true });

    const [row] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
    expect(row).toMatchObject({ subtotalPaisa: 60_000, deliveryFeePaisa: 10_000, paymentStatus: 'unpaid', expiresAt: null });
    expect(row!.address).toMatchObject({ recipientName: 'Sita Sharma', ward: 10 });
    const items = await db.select().from(orderItems).where(eq(orderItems.orderId, placed.orderId));
    expect(items.map((i) => [i.productName, i.unitPricePaisa, i.quantity]).sort()).toEqual([[a.brandName, 25_050, 2], [b.brandName, 9_900, 1]].sort());
    expect(await stockOf(a.id)).toBe(8);
    expect(await ledgerMismatches(a.id)).toEqual([]);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, placed.orderId));
    expect(events).toMatchObject([{ type: 'placed', toStatus: 'confirmed', actorId: shopper.id }]);
    const mail = await db.select().from(notifications).where(and(eq(notifications.userId, shopper.id), eq(notifications.template, 'order-received')));
    expect(mail.some((m) => (m.payload as { orderNumber: string }).orderNumber === placed.number)).toBe(true);
    const leftInCart = await db.select().from(cartItems).where(eq(cartItems.cartId, cartId));
    expect(leftInCart).toEqual([]);
  });

  it('starts an eSewa order in pending_payment with a payment deadline', async () => {
    const p = await createProduct();
    const placed = await order(shopper, [{ productId: p.id, quantity: 1 }], { paymentMethod: 'esewa' });
    expect(placed.status).toBe('pending_payment');
    const [row] = await db.select({ minutes: sql<number>`extract(epoch from ${orders.expiresAt} - now()) / 60` }).from(orders).where(eq(orders.id, placed.orderId));
    expect(Number(row!.minutes)).toBeGreaterThan(29);
    expect(Number(row!.minutes)).toBeLessThanOrEqual(30);
  });

  it('holds a cash-on-delivery order with prescription-only lines in awaiting_prescription', async () => {
    const rx = await createProduct({ requiresPrescription: true });
    const placed = await order(shopper, [{ productId: rx.id, quantity: 1 }]);
    expect(placed.status).toBe('awaiting_prescription');
  });

  it('returns the same order when the same checkout is submitted twice, one after the other or at once', async () => {
    const shopper = await createCustomer(); // its own: an account may hold only a few open orders
    const p = await createProduct();
    const key = checkoutKey();
    const input = { userId: shopper.id, addressId: shopper.addressId, checkoutKey: key, paymentMethod: 'cod' as const, lines: [{ productId: p.id, quantity: 2 }] };
    const results = await Promise.all(Array.from({ length: 8 }, () => placeOrder(input)));
    const again = await placeOrder(input);
    expect(new Set([...results, again].map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await stockOf(p.id)).toBe(8);
  });

  it('ignores prices sent by the client', async () => {
    const shopper = await createCustomer(); // its own: an account may hold only a few open orders
    const p = await createProduct({ pricePaisa: 50_000 });
    const placed = await order(shopper, [{ productId: p.id, quantity: 1, unitPricePaisa: 1, pricePaisa: 1 } as never], { totalPaisa: 1, subtotalPaisa: 1 });
    expect(placed.totalPaisa).toBe(60_000);
  });

  it('names the product and what is left when stock runs short, and changes nothing', async () => {
    const p = await createProduct({ batches: [{ quantity: 3, expiryDate: '2099-01-01' }] });
    const cartId = await getOrCreateUserCart(stranger.id);
    await addToCart(cartId, p.id, 3);
    await db.update(cartItems).set({ quantity: 5 }).where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, p.id)));
    const before = await orderCount(stranger.id);
    const attempt = order(stranger, [{ productId: p.id, quantity: 5 }]);
    await expect(attempt).rejects.toThrow(OutOfStockError);
    await expect(attempt).rejects.toThrow(`Only 3 of ${p.brandName} are left; you asked for 5.`);
    expect(await stockOf(p.id)).toBe(3);
    expect(await orderCount(stranger.id)).toBe(before);
    const cart = await db.select({ q: cartItems.quantity }).from(cartItems).where(eq(cartItems.cartId, cartId));
    expect(cart).toEqual([{ q: 5 }]);
  });

  it('allocates first-expiry-first-out across batches and never touches expired stock', async () => {
    const shopper = await createCustomer(); // its own: an account may hold only a few open orders
    const p = await createProduct({
      batches: [
        { quantity: 50, expiryDate: '2001-01-01' },
        { quantity: 4, expiryDate: '2099-06-01' },
        { quantity: 3, expiryDate: '2098-01-01' },
      ],
    });
    await expect(order(shopper, [{ productId: p.id, quantity: 8 }])).rejects.toThrow(`Only 7 of ${p.brandName} are left; you asked for 8.`);
    const placed = await order(shopper, [{ productId: p.id, quantity: 5 }]);
    const allocations = await db
      .select({ batchId: orderItemAllocations.batchId, quantity: orderItemAllocations.quantity })
      .from(orderItemAllocations)
      .innerJoin(orderItems, eq(orderItems.id, orderItemAllocations.orderItemId))
      .where(eq(orderItems.orderId, placed.orderId))
      .orderBy(orderItemAllocations.id);
    expect(allocations).toEqual([
      { batchId: p.batchIds[2], quantity: 3 },
      { batchId: p.batchIds[1], quantity: 2 },
    ]);
    expect(await batchQuantities(p.id)).toEqual([50, 2, 0]);
    expect(await ledgerMismatches(p.id)).toEqual([]);
  });

  describe('refuses bad input and changes nothing', () => {
    it.each([0, -1, 1.5, 1e9, 'two', '', null])('quantity %s', async (quantity) => {
      const p = await createProduct();
      const before = await orderCount(shopper.id);
      await expect(order(shopper, [{ productId: p.id, quantity: quantity as number }])).rejects.toThrow(ZodError);
      expect(await stockOf(p.id)).toBe(10);
      expect(await orderCount(shopper.id)).toBe(before);
    });

    it('an inactive product', async () => {
      const p = await createProduct({ active: false });
      await expect(order(shopper, [{ productId: p.id, quantity: 1 }])).rejects.toThrow(ProductUnavailableError);
      expect(await stockOf(p.id)).toBe(10);
    });

    it('an unknown product, even beside a good one', async () => {
      const good = await createProduct();
      await expect(order(shopper, [{ productId: good.id, quantity: 1 }, { productId: 2_000_000_000, quantity: 1 }])).rejects.toThrow(ProductUnavailableError);
      expect(await stockOf(good.id)).toBe(10);
    });

    it("another user's address", async () => {
      const p = await createProduct();
      const before = await orderCount(shopper.id);
      await expect(placeOrder({ userId: shopper.id, addressId: stranger.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: p.id, quantity: 1 }] })).rejects.toThrow(AddressNotFoundError);
      expect(await stockOf(p.id)).toBe(10);
      expect(await orderCount(shopper.id)).toBe(before);
    });

    it('a shopper whose email is not confirmed, until it is', async () => {
      const unconfirmed = await createCustomer({ unverified: true });
      const p = await createProduct();
      await expect(order(unconfirmed, [{ productId: p.id, quantity: 1 }])).rejects.toThrow(EmailNotVerifiedError);
      expect(await stockOf(p.id)).toBe(10);
      expect(await orderCount(unconfirmed.id)).toBe(0);
      await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, unconfirmed.id));
      await expect(order(unconfirmed, [{ productId: p.id, quantity: 1 }])).resolves.toMatchObject({ created: true });
    });

    it('more than the per-order maximum', async () => {
      const p = await createProduct({ maxPerOrder: 2 });
      await expect(order(shopper, [{ productId: p.id, quantity: 3 }])).rejects.toThrow(QuantityLimitError);
      expect(await stockOf(p.id)).toBe(10);
    });

    it('an empty cart, an unknown payment method and a malformed checkout key', async () => {
      const p = await createProduct();
      await expect(order(shopper, [])).rejects.toThrow(ZodError);
      await expect(order(shopper, [{ productId: p.id, quantity: 1 }], { paymentMethod: 'paypal' })).rejects.toThrow(ZodError);
      await expect(order(shopper, [{ productId: p.id, quantity: 1 }], { checkoutKey: "x'; drop table orders; --" })).rejects.toThrow(ZodError);
      expect(await stockOf(p.id)).toBe(10);
    });
  });

  it('counts stock held by an unpaid order past its deadline as available and releases it on the spot', async () => {
    const shopper = await createCustomer(); // its own: an account may hold only a few open orders
    const p = await createProduct({ batches: [{ quantity: 2, expiryDate: '2099-01-01' }] });
    const unpaid = await order(stranger, [{ productId: p.id, quantity: 2 }], { paymentMethod: 'esewa' });
    await expect(order(shopper, [{ productId: p.id, quantity: 1 }])).rejects.toThrow(OutOfStockError);
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, unpaid.orderId));

    const placed = await order(shopper, [{ productId: p.id, quantity: 2 }]);
    expect(placed.status).toBe('confirmed');
    const [expired] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, unpaid.orderId));
    expect(expired!.status).toBe('cancelled');
    const released = await db.select().from(stockMovements).where(and(eq(stockMovements.orderId, unpaid.orderId), eq(stockMovements.reason, 'expiry_release')));
    expect(released.map((m) => m.quantityChange)).toEqual([2]);
    const allocations = await db
      .select({ releasedAt: orderItemAllocations.releasedAt })
      .from(orderItemAllocations)
      .innerJoin(orderItems, eq(orderItems.id, orderItemAllocations.orderItemId))
      .where(eq(orderItems.orderId, unpaid.orderId));
    expect(allocations.every((a) => a.releasedAt !== null)).toBe(true);
    expect(await stockOf(p.id)).toBe(0);
    expect(await ledgerMismatches(p.id)).toEqual([]);
  });
});
