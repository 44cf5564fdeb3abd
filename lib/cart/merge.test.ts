import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cartItems, carts } from '@/db/schema';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { addToCart, createGuestCart, getOrCreateUserCart } from './cart-store';
import { mergeGuestCartIntoUser } from './merge';

const lines = async (cartId: string) =>
  (await db.select({ productId: cartItems.productId, quantity: cartItems.quantity }).from(cartItems).where(eq(cartItems.cartId, cartId))).sort((a, b) => a.productId - b.productId);

describe('merging the guest cart at sign-in', () => {
  it("adds the guest's lines to the user's cart, capped at the per-order maximum, and deletes the guest cart", async () => {
    const user = await createCustomer();
    const both = await createProduct({ maxPerOrder: 5 });
    const guestOnly = await createProduct();
    const userOnly = await createProduct();
    const userCart = await getOrCreateUserCart(user.id);
    await addToCart(userCart, both.id, 3);
    await addToCart(userCart, userOnly.id, 1);
    const guestCart = await createGuestCart();
    await addToCart(guestCart, both.id, 4);
    await addToCart(guestCart, guestOnly.id, 2);

    await mergeGuestCartIntoUser(guestCart, user.id);
    expect(await lines(userCart)).toEqual(
      [
        { productId: both.id, quantity: 5 },
        { productId: guestOnly.id, quantity: 2 },
        { productId: userOnly.id, quantity: 1 },
      ].sort((a, b) => a.productId - b.productId),
    );
    expect(await db.select().from(carts).where(eq(carts.id, guestCart))).toEqual([]);
    // Replaying the sign-in changes nothing more.
    expect(await mergeGuestCartIntoUser(guestCart, user.id)).toEqual({ merged: 0 });
  });

  it("creates the user's cart when they had none, and never merges another user's cart", async () => {
    const user = await createCustomer();
    const other = await createCustomer();
    const p = await createProduct();
    const guestCart = await createGuestCart();
    await addToCart(guestCart, p.id, 2);
    await mergeGuestCartIntoUser(guestCart, user.id);
    expect(await lines(await getOrCreateUserCart(user.id))).toEqual([{ productId: p.id, quantity: 2 }]);

    const otherCart = await getOrCreateUserCart(other.id);
    await addToCart(otherCart, p.id, 1);
    expect(await mergeGuestCartIntoUser(otherCart, user.id)).toEqual({ merged: 0 });
    expect(await lines(otherCart)).toEqual([{ productId: p.id, quantity: 1 }]);
  });
});
