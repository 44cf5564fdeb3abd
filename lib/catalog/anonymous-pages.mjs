// @ts-check
import { ASKS_FOR_NEPALI, LOCALE_COOKIE, LOCALE_PREFIXES } from '../i18n/locale-routes.mjs';

/**
 * Anonymous loads of the catalog's hottest pages: the home page, the bare listing, a plain search
 * and a product page, each the same cached HTML for everyone. next.config.mjs rewrites them to
 * their route under /cached and sends their headers itself, and proxy.ts's matcher leaves them
 * out, so they pay for no proxy run at all (measured: about half the CPU time of a cached hit).
 * Everything else (a signed-in visitor, a server action, a filtered or oddly spelt listing) still
 * goes through the proxy, which picks the cached route for what it can (lib/catalog/cached-routes.ts)
 * and gives the same addresses the same routes and keys as these rules.
 *
 * The proxy's `config.matcher` must be a literal, so it repeats these conditions;
 * lib/catalog/anonymous-pages.test.ts checks the two agree, through Next's own matchers.
 */

/** The slugs cachedRouteFor accepts for a product page (lib/catalog/cached-routes.ts PRODUCT_SLUG), less the benchmark's page. */
export const PRODUCT_PAGE_SOURCE = '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})';

/** Either cookie name next-auth gives a session (`__Secure-` on https): a signed-in visitor gets a page rendered for them. */
export const SESSION_COOKIE_NAMES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** What takes a request off the fast path to the proxy. @type {{ type: 'cookie' | 'header', key: string }[]} */
export const NOT_ANONYMOUS_PAGE_LOAD = [
  ...SESSION_COOKIE_NAMES.map((key) => /** @type {const} */ ({ type: 'cookie', key })),
  // A server action goes through the proxy: posted by script (this header), or as a plain form
  // without script (a body, so a content type; Next treats such a POST as a possible action).
  { type: 'header', key: 'next-action' },
  { type: 'header', key: 'content-type' },
  // Next stamps a nonce found in these request headers into the HTML it renders: the proxy drops them
  // before a cached render (SECURITY.md, "Cached pages and the script policy"), so they go there.
  { type: 'header', key: 'content-security-policy' },
  { type: 'header', key: 'x-nonce' },
];

/** Every parameter parseListingParams reads (lib/catalog/listing-params.ts; the test checks the two agree). */
export const LISTING_PARAMS = ['q', 'category', 'rx', 'form', 'stock', 'min', 'max', 'sort', 'page'];

/**
 * A search the rewrite may serve as it stands: already in the form normalizeSearchText gives
 * (lower-case ASCII words, single spaces) and no longer than MAX_CACHED_QUERY_LENGTH (40). Any
 * other spelling goes through the proxy, which normalises it and picks the same route and key.
 */
export const PLAIN_SEARCH = '(?=.{1,40}$)[a-z0-9]+(?: [a-z0-9]+)*';

/** The home page's one cache key (it was one per Nepal day; cached pages now end at Nepal midnight instead: lib/catalog/queries.ts). */
export const HOME_KEY = 'shop';

/** @param {string[]} names */
const noneOf = (names) => names.map((key) => /** @type {const} */ ({ type: 'query', key }));

/**
 * An English address is the Nepali page for a shopper who chose Nepali (the cookie) or whose
 * browser asks for it on a first visit: the proxy decides those (lib/i18n/negotiate.ts).
 * @type {{ type: 'cookie' | 'header', key: string, value: string }[]}
 */
export const MAY_WANT_NEPALI = [
  { type: 'cookie', key: LOCALE_COOKIE, value: 'ne' },
  { type: 'header', key: 'accept-language', value: ASKS_FOR_NEPALI },
];

/**
 * Each page: where it applies in English (`source`, `has`, `missing`, as Next reads them) and the
 * internal route it is served from, below the language. An empty parameter counts as missing, for
 * Next and for parseListingParams.
 * @type {{ name: string, source: string, has?: { type: 'query', key: string, value: string }[], missing: { type: 'cookie' | 'header' | 'query', key: string, value?: string }[], destination: string }[]}
 */
const PAGES = [
  { name: 'product', source: PRODUCT_PAGE_SOURCE, missing: NOT_ANONYMOUS_PAGE_LOAD, destination: '/cached/product/:slug' },
  // The home page reads no parameters: tracking tags do not split its cache. Its one key: see HOME_KEY.
  { name: 'home', source: '/', missing: NOT_ANONYMOUS_PAGE_LOAD, destination: `/cached/home/${HOME_KEY}` },
  // The listing with no parameter at all (key `l`: lib/catalog/cached-routes.ts listingKey).
  { name: 'listing', source: '/products', missing: [...NOT_ANONYMOUS_PAGE_LOAD, ...noneOf(LISTING_PARAMS)], destination: '/cached/listing/l' },
  {
    name: 'search',
    source: '/products',
    has: [{ type: 'query', key: 'q', value: `(?<q>${PLAIN_SEARCH})` }],
    missing: [...NOT_ANONYMOUS_PAGE_LOAD, ...noneOf(LISTING_PARAMS.filter((name) => name !== 'q'))],
    destination: '/cached/search/:q',
  },
];

/** A public address in a language: `/products` → `/ne/products`, `/` → `/ne`. @param {string} source @param {string} prefix */
export const underPrefix = (source, prefix) => (source === '/' ? prefix || '/' : prefix + source);

/** The rules for each language (`product`, `product-ne`, …): the Nepali pages live under /ne. */
export const ANONYMOUS_PAGES = LOCALE_PREFIXES.flatMap(({ locale, prefix }) =>
  PAGES.map((page) => ({
    ...page,
    name: locale === 'en' ? page.name : `${page.name}-${locale}`,
    source: underPrefix(page.source, prefix),
    missing: locale === 'en' ? [...page.missing, ...MAY_WANT_NEPALI] : page.missing,
    destination: `/${locale}${page.destination}`,
  })),
);
