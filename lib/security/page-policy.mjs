// @ts-check

/**
 * The policy every page is sent with: the proxy uses it for the pages it sees, and for the
 * anonymous catalog pages the proxy never sees (lib/catalog/anonymous-pages.mjs),
 * next.config.mjs and the cache handler send the same. Plain JavaScript, since Node loads those
 * two unbundled. Scripts run only with the per-request nonce ('strict-dynamic' lets Next's loader
 * add chunks), or on a cached page by their hashes (lib/security/inline-script-hashes.mjs).
 */

/**
 * @param {{
 *   nonce: string | 'cached',
 *   development: boolean,
 *   formActionOrigins: readonly string[],
 * }} options `nonce` is the per-request nonce, or `'cached'` for a page served from cache, whose
 *   script hashes the cache handler sends as a second policy.
 * @returns {string}
 */
export function buildContentSecurityPolicy(options) {
  const formActions = ["'self'", ...options.formActionOrigins].join(' ');
  const eval_ = options.development ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    options.nonce === 'cached'
      ? // A cached page's response carries a second policy, stored with it by lib/next-cache/handler.mjs:
        // `script-src 'self' 'sha256-…'` for exactly its inline scripts. Both are enforced, so that one
        // decides which inline scripts run; this one must not refuse them first.
        `script-src 'self' 'unsafe-inline'${eval_}`
      : `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${eval_}`,
    // Radix and Next set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js): with 'strict-dynamic' above, script-src would refuse it,
    // since a worker script cannot carry a nonce. Same origin only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formActions}`,
    "frame-ancestors 'none'",
    ...(options.development ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

/**
 * @param {{ production: boolean }} options
 * @returns {Record<string, string>}
 */
export function staticSecurityHeaders(options) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' } : {}),
  };
}

/**
 * An anonymous catalog page served from Next's cache: a CDN may keep it 10 s and serve it stale
 * 20 s more while it asks again; browsers always ask (a price change must show on reload).
 */
export const CACHED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=20';
