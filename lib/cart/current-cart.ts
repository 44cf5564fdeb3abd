import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/current-user';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { CART_COOKIE, CART_COOKIE_MAX_AGE_SECONDS, deriveCartCookieKey, signCartId, verifyCartCookie } from './cart-cookie';
import { createGuestCart, findUserCartId, getOrCreateUserCart, guestCartExists } from './cart-store';
import { mergeGuestCartIntoUser } from './merge';

const cookieKey = deriveCartCookieKey(env.AUTH_SECRET);

/** The verified guest cart id from this request's cookie, or null. */
export async function readGuestCartId(): Promise<string | null> {
  return verifyCartCookie(cookieKey, (await cookies()).get(CART_COOKIE)?.value);
}

/** For rendering: the signed-in user's cart, else the guest cart; never creates anything. */
export const readCurrentCartId = cache(async (): Promise<string | null> => {
  const user = await getCurrentUser();
  if (user) return findUserCartId(user.id);
  return readGuestCartId();
});

/** For server actions: the cart to write to, created (and the guest cookie set) on first use. */
export async function ensureCurrentCartId(): Promise<string> {
  const user = await getCurrentUser();
  if (user) return getOrCreateUserCart(user.id);
  const existing = await readGuestCartId();
  if (existing && (await guestCartExists(existing))) return existing;
  const cartId = await createGuestCart();
  (await cookies()).set(CART_COOKIE, signCartId(cookieKey, cartId), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production' && env.APP_URL.startsWith('https:'),
    path: '/',
    maxAge: CART_COOKIE_MAX_AGE_SECONDS,
  });
  return cartId;
}

/** Called once the guest cart has been merged into the user's cart at sign-in. */
export async function forgetGuestCart(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}

/**
 * The sign-in hook: whatever the visitor put in the cart as a guest joins their account's cart.
 * A failure here must never stop the sign-in itself; the guest cart simply stays behind.
 */
export async function mergeGuestCartAtSignIn(userId: string): Promise<void> {
  const guestCartId = await readGuestCartId();
  if (!guestCartId) return;
  try {
    await mergeGuestCartIntoUser(guestCartId, userId);
    await forgetGuestCart();
  } catch (error) {
    logger.warn({ err: error }, 'guest cart merge failed at sign-in');
  }
}
