// @ts-check

/**
 * An anonymous load of a product page: the catalog's hottest request, and the same cached HTML for
 * everyone. next.config.mjs rewrites it to /cached/product/<slug> and sends its headers itself, and
 * proxy.ts's matcher leaves it out, so it pays for no proxy run at all (measured: about half the
 * CPU time of a cached hit). Everything else, and a server action posted from the page, still goes
 * through the proxy, which picks the other cached routes (lib/catalog/cached-routes.ts).
 *
 * The proxy's `config.matcher` must be a literal, so it repeats these conditions;
 * lib/catalog/anonymous-product-page.test.ts checks the two agree.
 */

/** The slugs cachedRouteFor accepts for a product page (lib/catalog/cached-routes.ts PRODUCT_SLUG), less the benchmark's page. */
export const PRODUCT_PAGE_SOURCE = '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})';

/** Either cookie name next-auth gives a session (`__Secure-` on https): a signed-in visitor gets a page rendered for them. */
export const SESSION_COOKIE_NAMES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** @type {{ type: 'cookie' | 'header', key: string }[]} */
export const NOT_ANONYMOUS_PAGE_LOAD = [
  ...SESSION_COOKIE_NAMES.map((key) => /** @type {const} */ ({ type: 'cookie', key })),
  // A server action posted from the page (add to cart) goes through the proxy's cross-site check.
  { type: 'header', key: 'next-action' },
];

/** The rewrite and the header rule share this: the product page path with none of the above. */
export const ANONYMOUS_PRODUCT_PAGE = { source: PRODUCT_PAGE_SOURCE, missing: NOT_ANONYMOUS_PAGE_LOAD };
