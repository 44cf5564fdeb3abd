/**
 * Security headers for every page, built as pure functions so tests can check them directly.
 * Scripts run only with the per-request nonce ('strict-dynamic' lets Next's loader add chunks).
 */

import { buildContentSecurityPolicy, CACHED_PAGE_CACHE_CONTROL, staticSecurityHeaders } from './page-policy.mjs';

// Plain JavaScript so next.config.mjs and the cache handler, which Node loads unbundled, share them.
export { buildContentSecurityPolicy, CACHED_PAGE_CACHE_CONTROL, staticSecurityHeaders };

/** How a page's HTML may run and be framed. */
const PAGE_ONLY_HEADERS = new Set(['content-security-policy', 'x-frame-options']);

/**
 * Route handlers that set their own policy and framing rule. Next lets headers set in the proxy
 * win over the handler's, so the proxy must know these; a test checks this list against every
 * route.ts under app/ that sets such a header, both ways.
 */
export const ROUTES_WITH_OWN_POLICY: readonly RegExp[] = [
  /^\/api\/prescriptions\/[^/]+\/file$/,
  /^\/api\/v1\/prescriptions\/[^/]+\/file$/,
  // Public product pictures, and the old photo URLs that answer with them (publicProductImageResponse).
  /^\/api\/product-images\/[^/]+\/[^/]+$/,
];

export function setsOwnPolicy(pathname: string): boolean {
  return ROUTES_WITH_OWN_POLICY.some((pattern) => pattern.test(pathname));
}

/**
 * What the proxy adds to a response: the page policy and the static headers, except the ones a
 * route handler sets for itself. The proxy then sets each only where the response lacks it.
 */
export function proxyResponseHeaders(options: { pathname: string; pagePolicy: string; production: boolean }): Record<string, string> {
  const all: Record<string, string> = { 'Content-Security-Policy': options.pagePolicy, ...staticSecurityHeaders({ production: options.production }) };
  if (!setsOwnPolicy(options.pathname)) return all;
  return Object.fromEntries(Object.entries(all).filter(([name]) => !PAGE_ONLY_HEADERS.has(name.toLowerCase())));
}

/**
 * An uploaded file (a prescription image): nothing in it may run or load anything, no page may
 * frame it, and it is only for our own origin. `sandbox` also turns it into an opaque origin.
 */
export function uploadedFileSecurityHeaders(): Record<string, string> {
  return {
    // img-src and inline styles let the browser's own image viewer show it when opened in a tab.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Private pages must never be stored by a browser or a shared cache. */
export function isPrivatePath(pathname: string): boolean {
  // Sign-in and reset pages too: their responses carry one-time state (challenge, reset cookie).
  return /^\/(account|admin|cart|checkout|orders|prescriptions|login|register|forgot-password|reset-password|api\/(auth|prescriptions|payments|cron|visitor))(\/|$)/.test(pathname);
}


