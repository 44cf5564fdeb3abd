import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The guest cart's id travels in an httpOnly cookie as `<uuid>.<hmac>`. The signature stops a
 * visitor from guessing or swapping in someone else's cart id. Pure: the key is passed in.
 */
export const CART_COOKIE = 'medinest_cart';
export const CART_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A key used only for cart cookies, so AUTH_SECRET itself never signs anything but sessions. */
export function deriveCartCookieKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'medinest', 'guest-cart-cookie/v1', 32));
}

function signature(key: Buffer, cartId: string): string {
  return createHmac('sha256', key).update(cartId).digest('base64url');
}

export function signCartId(key: Buffer, cartId: string): string {
  return `${cartId}.${signature(key, cartId)}`;
}

/** The cart id when the value is well formed and correctly signed, else null. */
export function verifyCartCookie(key: Buffer, value: string | undefined | null): string | null {
  if (!value || value.length > 200) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const cartId = value.slice(0, dot);
  if (!UUID.test(cartId)) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(key, cartId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? cartId : null;
}
