import { splitLocale } from '@/lib/i18n/paths';
import { HOME_KEY, PLAIN_SEARCH } from './anonymous-pages.mjs';
import { listingHref, parseListingParams, type ListingQuery } from './listing-params';

/**
 * Anonymous catalog pages are served from Next's full-route cache. A page that reads searchParams
 * is rendered per request, so proxy.ts rewrites an anonymous GET to an internal route under
 * /cached whose path is the normalised request; the page there renders the same thing as the
 * public one. Only listings a shopper plausibly shares get a cache entry (short query, first
 * pages, every value valid), which bounds how many can exist; anything else stays dynamic.
 * The commonest of them skip the proxy altogether (./anonymous-pages.mjs) and land on the same
 * routes and keys as here.
 */

export const CACHED_PREFIX = '/cached';
/** Longest normalised search text with a cached page of its own. */
export const MAX_CACHED_QUERY_LENGTH = 40;
/** Deepest listing page with a cached page of its own. */
export const MAX_CACHED_PAGE = 10;
/** Routes under /products that are not product pages. */
const NOT_PRODUCT_SLUGS = new Set(['bench-baseline']);
const PRODUCT_SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** The only parameter Next itself adds (cache-busting on client navigations). */
const IGNORED_PARAMS = new Set(['_rsc']);
const LISTING_KEY_MARK = 'l';
const PLAIN_SEARCH_TEXT = new RegExp(`^${PLAIN_SEARCH}$`);

type RawParams = Record<string, string | string[] | undefined>;

function toRawParams(search: URLSearchParams): RawParams | null {
  const raw: RawParams = {};
  for (const [name, value] of search) {
    if (IGNORED_PARAMS.has(name)) continue;
    // A repeated parameter is a hand-made URL; the dynamic page deals with it.
    if (name in raw) return null;
    raw[name] = value;
  }
  return raw;
}

/** The cache key of a listing: its canonical query string, base64url, so it is one path segment. */
export function listingKey(query: ListingQuery): string {
  const search = listingHref(query).slice('/products'.length).replace(/^\?/, '');
  return LISTING_KEY_MARK + Buffer.from(search, 'utf8').toString('base64url');
}

/** Which listing a key stands for, or null unless it is exactly the key the proxy would make. */
export function listingParamsOfKey(key: string): RawParams | null {
  if (!key.startsWith(LISTING_KEY_MARK) || !/^[A-Za-z0-9_-]*$/.test(key.slice(1))) return null;
  const raw = toRawParams(new URLSearchParams(Buffer.from(key.slice(1), 'base64url').toString('utf8')));
  if (!raw) return null;
  const query = cacheableListing(raw);
  return query && listingKey(query) === key ? raw : null;
}

function cacheableListing(raw: RawParams): ListingQuery | null {
  const { query, notices } = parseListingParams(raw);
  // Notices are about this request's own URL: show them from the dynamic page.
  if (notices.length > 0) return null;
  if (query.q.length > MAX_CACHED_QUERY_LENGTH || query.page > MAX_CACHED_PAGE) return null;
  return query;
}

/**
 * A search and nothing else, in the form next.config.mjs's rewrite can serve without the proxy:
 * its own route, keyed by the text (`/cached/search/paracetamol 500`), so both ways reach one entry.
 */
function plainSearchOf(query: ListingQuery): string | null {
  return PLAIN_SEARCH_TEXT.test(query.q) && listingHref(query) === listingHref({ q: query.q }) ? query.q : null;
}

/** Whether a /cached/search key is one cachedRouteFor or the rewrite would make. */
export function isPlainSearchKey(key: string): boolean {
  return PLAIN_SEARCH_TEXT.test(key);
}

/**
 * The search a /cached/search page is for, or null. Next hands the page its path segment still
 * percent-encoded (`paracetamol%20500`); a plain search has no `%` of its own, so decoding is exact.
 */
export function searchOfKey(segment: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return isPlainSearchKey(key) ? key : null;
}

export type CachedRoute = { route: 'home' | 'listing' | 'search' | 'product'; key: string };

/**
 * Request headers through which proxy.ts names the cached route; next.config.mjs rewrites a
 * request carrying them to /cached/<route>/<key>. The proxy removes them from every request it
 * does not set them on, so a visitor cannot choose a cached route. (A rewrite from the proxy
 * itself is treated as external when `next start -H` names the host, so the rewrite lives in
 * the config, which also matches only the public paths.)
 */
export const CACHED_ROUTE_HEADER = 'x-medinest-cached-route';
export const CACHED_KEY_HEADER = 'x-medinest-cached-key';

/**
 * The cached route an anonymous GET of a public catalog URL is served from, or null when the
 * request is rendered per request. The path is the shop path, without its language (lib/i18n/paths.ts).
 */
export function cachedRouteFor(url: { pathname: string; searchParams: URLSearchParams }): CachedRoute | null {
  const { pathname } = url;
  // The home page reads no parameters: tracking tags do not split its cache.
  if (pathname === '/') return { route: 'home', key: HOME_KEY };
  if (pathname === '/products') {
    const raw = toRawParams(url.searchParams);
    const query = raw && cacheableListing(raw);
    if (!query) return null;
    const search = plainSearchOf(query);
    return search === null ? { route: 'listing', key: listingKey(query) } : { route: 'search', key: search };
  }
  const slug = /^\/products\/([^/]+)$/.exec(pathname)?.[1];
  if (slug && PRODUCT_SLUG.test(slug) && !NOT_PRODUCT_SLUGS.has(slug)) return { route: 'product', key: slug };
  return null;
}

/** The internal path a public address is served from, e.g. /ne/products/cetamol-500 → /ne/cached/product/cetamol-500. */
export function cachedPathFor(url: { pathname: string; searchParams: URLSearchParams }): string | null {
  const { locale, pathname } = splitLocale(url.pathname);
  const cached = cachedRouteFor({ pathname, searchParams: url.searchParams });
  return cached ? `/${locale}${CACHED_PREFIX}/${cached.route}/${encodeURIComponent(cached.key)}` : null;
}

export function isCachedPath(pathname: string): boolean {
  return pathname === CACHED_PREFIX || pathname.startsWith(`${CACHED_PREFIX}/`);
}

/** The home page has one cache entry; its pages end at Nepal midnight like every cached page (lib/catalog/queries.ts). */
export function isHomeKey(key: string): boolean {
  return key === HOME_KEY;
}
