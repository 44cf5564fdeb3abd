'use server';

import { revalidatePath } from 'next/cache';
import { publicAction } from '@/lib/auth/action';
import { addToCurrentCart } from '@/lib/cart/add-to-current-cart';
import { cartItemCount, removeFromCart, setCartQuantity } from '@/lib/cart/cart-store';
import { ensureCurrentCartId } from '@/lib/cart/current-cart';
import { addToCartSchema, removeFromCartSchema, setQuantitySchema } from '@/lib/cart/validation';

// Guests have carts too, so these are public actions; the cart itself comes from the session or
// the signed cookie, never from the request body.

export const addToCartAction = publicAction(addToCartSchema, async (input) => {
  const { quantity, count } = await addToCurrentCart(input);
  revalidatePath('/cart');
  return { ok: true, message: `Added to cart (${quantity} in cart).`, data: { count } };
});

export const updateCartQuantityAction = publicAction(setQuantitySchema, async (input) => {
  const cartId = await ensureCurrentCartId();
  await setCartQuantity(cartId, input.productId, input.quantity);
  revalidatePath('/cart');
  return { ok: true, message: 'Quantity updated.', data: { count: await cartItemCount(cartId) } };
});

export const removeFromCartAction = publicAction(removeFromCartSchema, async (input) => {
  const cartId = await ensureCurrentCartId();
  await removeFromCart(cartId, input.productId);
  revalidatePath('/cart');
  return { ok: true, message: 'Removed from cart.', data: { count: await cartItemCount(cartId) } };
});
