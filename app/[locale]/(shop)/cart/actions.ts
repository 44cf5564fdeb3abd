'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { publicAction } from '@/lib/auth/action';
import { addToCurrentCart } from '@/lib/cart/add-to-current-cart';
import { cartItemCount, removeFromCart, setCartQuantity } from '@/lib/cart/cart-store';
import { ensureCurrentCartId } from '@/lib/cart/current-cart';
import { formattersFor } from '@/lib/i18n/format';
import { addToCartSchema, removeFromCartSchema, setQuantitySchema } from '@/lib/cart/validation';

// Guests have carts too, so these are public actions; the cart itself comes from the session or
// the signed cookie, never from the request body.

export const addToCartAction = publicAction(addToCartSchema, async (input) => {
  const { quantity, count } = await addToCurrentCart(input);
  revalidatePath('/cart');
  const [t, locale] = await Promise.all([getTranslations('orders.cart'), getLocale()]);
  return { ok: true, message: t('added', { quantity: formattersFor(locale).count(quantity) }), data: { count } };
});

export const updateCartQuantityAction = publicAction(setQuantitySchema, async (input) => {
  const cartId = await ensureCurrentCartId();
  await setCartQuantity(cartId, input.productId, input.quantity);
  revalidatePath('/cart');
  const t = await getTranslations('orders.cart');
  return { ok: true, message: t('quantityUpdated'), data: { count: await cartItemCount(cartId) } };
});

export const removeFromCartAction = publicAction(removeFromCartSchema, async (input) => {
  const cartId = await ensureCurrentCartId();
  await removeFromCart(cartId, input.productId);
  revalidatePath('/cart');
  const t = await getTranslations('orders.cart');
  return { ok: true, message: t('removed'), data: { count: await cartItemCount(cartId) } };
});
