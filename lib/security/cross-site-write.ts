/**
 * The origin check for route handlers. Server actions get Next's own origin check; route handlers
 * do not, and a cookie-carrying POST from another origin (same-site ones included: SameSite=Lax
 * does not stop them) would act as the shopper. proxy.ts runs this for every request, so no handler
 * can forget it; route-handlers.test.ts proves every non-GET handler lives under /api/, where it applies.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Authenticated by a bearer secret, never by a cookie: a scheduler calls them without an Origin.
const BEARER_ROUTES = /^\/api\/cron\//;

export type WriteRequest = { method: string; pathname: string; headers: Headers };

export function isCrossSiteWrite(request: WriteRequest, appUrl: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (!request.pathname.startsWith('/api/') || BEARER_ROUTES.test(request.pathname)) return false;
  // Without a cookie there is no session or cart to act on.
  if (!request.headers.get('cookie')) return false;
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== new URL(appUrl).origin;
  const fetchSite = request.headers.get('sec-fetch-site');
  return fetchSite !== 'same-origin' && fetchSite !== 'none';
}
