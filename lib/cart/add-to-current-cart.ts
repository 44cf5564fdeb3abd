import 'server-only';
import type { z } from 'zod';
import { kv } from '@/lib/kv';
import { ProductUnavailableError } from '@/lib/orders/errors';
import { addToCart, cartItemCount, findProductIdBySlug } from './cart-store';
import { ensureCurrentCartId } from './current-cart';
import type { addToCartSchema } from './validation';

export type CartAddition = z.output<typeof addToCartSchema>;

/** How long a replayed addition is recognised: longer than the service worker keeps its queue (a day). */
const ADDITION_MEMORY_SECONDS = 2 * 24 * 60 * 60;

/**
 * Adds to the visitor's cart (the session's, else the guest cookie's, created on first use). The
 * product page's form (app/(shop)/cart/actions.ts) and the offline queue's replay
 * (app/api/cart/items) both come here.
 */
export async function addToCurrentCart(input: CartAddition): Promise<{ quantity: number; count: number }> {
  return addToCartOf(await ensureCurrentCartId(), input);
}

async function addToCartOf(cartId: string, input: CartAddition): Promise<{ quantity: number; count: number }> {
  const productId = input.productId ?? (await findProductIdBySlug(input.slug!));
  if (!productId) throw new ProductUnavailableError([]);
  const { quantity } = await addToCart(cartId, productId, input.quantity);
  return { quantity, count: await cartItemCount(cartId) };
}

/**
 * The same, at most once per `additionId` (a UUID the browser gave the addition when it was made
 * offline): a queued request whose first try reached us before the connection dropped may be sent
 * again, and must not add the quantity twice. Scoped by cart, so one visitor's ids mean nothing in another's cart.
 */
export async function addToCurrentCartOnce(input: CartAddition, additionId: string): Promise<{ count: number; repeated: boolean }> {
  const cartId = await ensureCurrentCartId();
  const key = `cart-addition:${cartId}:${additionId}`;
  const { count: tries } = await kv.increment(key, { ttlSeconds: ADDITION_MEMORY_SECONDS });
  if (tries > 1) return { count: await cartItemCount(cartId), repeated: true };
  try {
    const { count } = await addToCartOf(cartId, input);
    return { count, repeated: false };
  } catch (error) {
    // Not added, so a later try of the same addition may still add it.
    await kv.delete(key);
    throw error;
  }
}
