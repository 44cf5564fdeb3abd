import { splitLocale } from '@/lib/i18n/paths';
import { isPrivatePath } from '@/lib/security/headers';

/**
 * Which requests the service worker keeps a copy of (service-worker/sw.ts). Everything not named
 * here goes to the network untouched: the cart, checkout, account, sign-in, the back office, and
 * every API answer. Pure functions of the URL, so they are tested without a browser. A Nepali
 * address is kept like its English one (`/ne/products/…` as `/products/…`), under its own address.
 */

/** The shop path an address shows (`/ne/orders` → `/orders`); `/en/…` only ever redirects, so it is never kept. */
function shopPath(url: URL): string | null {
  const { locale, pathname, explicit } = splitLocale(url.pathname);
  return explicit && locale === 'en' ? null : pathname;
}

/** The product page, listing and home: network first, the last copy when offline. */
export function isCatalogPage(url: URL): boolean {
  const path = shopPath(url);
  return path === '/' || path === '/products' || /^\/products\/[a-z0-9][a-z0-9-]{0,119}$/.test(path ?? '');
}

/**
 * The shopper's own order list and order pages, readable offline. Private, so only while signed
 * in: the page deletes the cache at sign-out and whenever the server says nobody is signed in.
 */
export function isOwnOrdersPage(url: URL): boolean {
  const path = shopPath(url);
  return path === '/orders' || /^\/orders\/MN-[A-Z0-9-]{1,40}$/.test(path ?? '');
}

/** Product photos and public images; never a prescription file or anything else private. */
export function isCacheableImage(url: URL): boolean {
  if (url.pathname.startsWith('/api/product-images/')) return true;
  if (url.pathname.startsWith('/api/') || isPrivatePath(splitLocale(url.pathname).pathname)) return false;
  return url.pathname.startsWith('/_next/image') || /\.(png|jpe?g|webp|avif|svg|gif)$/i.test(url.pathname);
}

/** The one JSON route a queued (offline) cart addition is replayed to. */
export const CART_ADDITIONS_PATH = '/api/cart/items';

/** The upload route a prescription photo taken offline is replayed to. */
export const PRESCRIPTION_UPLOAD_PATH = '/api/prescriptions';
