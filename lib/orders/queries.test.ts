import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cartItems, orders } from '@/db/schema';
import { getOrCreateUserCart } from '@/lib/cart/cart-store';
import { cancelOrderForCustomer, orderAgain } from './customer-actions';
import { OrderNotFoundError } from './errors';
import { placeOrder } from './place-order';
import { getOrderForUser, listOrdersForUser, ORDERS_PER_PAGE } from './queries';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';

describe('order pages data', () => {
  it("shows a shopper their own order and nobody else's", async () => {
    const owner = await createCustomer();
    const stranger = await createCustomer();
    const p = await createProduct();
    const placed = await placeOrder({ userId: owner.id, addressId: owner.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: p.id, quantity: 1 }] });
    const mine = await getOrderForUser(owner.id, placed.number);
    expect(mine).toMatchObject({ number: placed.number, status: 'confirmed', lines: [{ productId: p.id, quantity: 1 }] });
    expect(mine!.timeline).toMatchObject([{ type: 'placed', byShopper: true }]);
    expect(JSON.stringify(mine)).not.toContain(owner.id);
    expect(await getOrderForUser(stranger.id, placed.number)).toBeNull();
    await expect(cancelOrderForCustomer(stranger.id, placed.number, null)).rejects.toThrow(OrderNotFoundError);
    await expect(orderAgain(stranger.id, placed.number)).rejects.toThrow(OrderNotFoundError);
  });

  it('lists orders newest first, a page at a time', async () => {
    const shopper = await createCustomer();
    const p = await createProduct({ batches: [{ quantity: 100, expiryDate: '2099-01-01' }] });
    const numbers: string[] = [];
    for (let i = 0; i < ORDERS_PER_PAGE + 2; i += 1) {
      const o = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: p.id, quantity: 1 }] });
      // Delivered history: an account may only hold a few open orders at once.
      await db.update(orders).set({ createdAt: sql`now() - make_interval(mins => ${100 - i})`, status: 'delivered', paymentStatus: 'paid' }).where(eq(orders.id, o.orderId));
      numbers.push(o.number);
    }
    const first = await listOrdersForUser(shopper.id, 1);
    const second = await listOrdersForUser(shopper.id, 2);
    expect(first.pageCount).toBe(2);
    expect([...first.orders, ...second.orders].map((o) => o.number)).toEqual([...numbers].reverse());
    expect((await listOrdersForUser(shopper.id, 99)).page).toBe(2);
  });

  it('orders again at today\'s prices', async () => {
    const shopper = await createCustomer();
    const p = await createProduct({ pricePaisa: 10_000 });
    const placed = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: p.id, quantity: 2 }] });
    expect(await orderAgain(shopper.id, placed.number)).toEqual({ added: 1, skipped: [] });
    const cart = await db.select({ quantity: cartItems.quantity }).from(cartItems).where(eq(cartItems.cartId, await getOrCreateUserCart(shopper.id)));
    expect(cart).toEqual([{ quantity: 2 }]);
  });
});
