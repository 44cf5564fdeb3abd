import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { PATHNAME_HEADER } from '@/lib/auth/path-header';
import { SESSION_COOKIE } from '@/lib/auth/next-auth';
import { proxySession } from '@/lib/auth/proxy-session';
import { CACHED_KEY_HEADER, CACHED_ROUTE_HEADER, cachedRouteFor, isCachedPath, type CachedRoute } from '@/lib/catalog/cached-routes';
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from '@/lib/i18n/locale-routes.mjs';
import type { Locale } from '@/lib/i18n/locales';
import { preferredLocale } from '@/lib/i18n/negotiate';
import { localizedPath, splitLocale } from '@/lib/i18n/paths';
import { OFFLINE_PAGE_PATH } from '@/lib/offline/offline-pages';
import { activeTraceId } from '@/lib/observability/trace-id';
import { paymentFormOrigins } from '@/lib/payments/config';
import { urlHasControlCharacters } from '@/lib/security/control-characters';
import { isCrossSiteWrite } from '@/lib/security/cross-site-write';
import { decidePrivateArea, FORBIDDEN_HTML } from '@/lib/security/private-area';
import { buildContentSecurityPolicy, CACHED_PAGE_CACHE_CONTROL, isPrivatePath, proxyResponseHeaders } from '@/lib/security/headers';
import { WEB_MANIFEST_PATH } from '@/lib/web-manifest/address';

const REQUEST_ID = 'x-request-id';
/** Where next-intl looks for the language when a page has no [locale] segment to read (lib/i18n/request.ts). */
const LOCALE_HEADER = 'x-next-intl-locale';

// Adds headers, and answers early (real 307/403 status codes) for private pages. It is never the
// only guard: every page, action and route checks the session itself in lib/auth.
export async function proxy(request: NextRequest) {
  // The trace id when tracing is on (one id from log line to collector), a random one otherwise.
  const requestId = activeTraceId() ?? crypto.randomUUID();
  const development = env.NODE_ENV === 'development';
  const formActionOrigins = paymentFormOrigins();
  // Everything below reads the shop path: `/ne/cart` is the cart, in Nepali (lib/i18n/paths.ts).
  const { locale, pathname, explicit } = splitLocale(request.nextUrl.pathname);
  const shopPath = { pathname, search: request.nextUrl.search };

  // The internal routes cached pages are served from are reached only through the rewrite below.
  if (isCachedPath(pathname)) return finish(plainAnswer(404, 'Not found.'), shopPath, requestId, buildContentSecurityPolicy({ nonce: 'cached', development, formActionOrigins }));

  const refused = refusedInput(request);
  const language = refused ? null : languageRedirect(request, { locale, pathname, explicit });
  if (language) return finish(language, shopPath, requestId, buildContentSecurityPolicy({ nonce: 'cached', development, formActionOrigins }));

  const cached = refused ? null : cachedRoute(request, pathname);
  if (cached) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(LOCALE_HEADER, locale);
    // No nonce reaches a cached render: the same HTML goes to everyone (its scripts are hashed instead).
    requestHeaders.delete('content-security-policy');
    requestHeaders.delete('x-nonce');
    requestHeaders.set(REQUEST_ID, requestId);
    // next.config.mjs rewrites the request to /cached/<route>/<key> on these.
    requestHeaders.set(CACHED_ROUTE_HEADER, cached.route);
    requestHeaders.set(CACHED_KEY_HEADER, cached.key);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    if (request.method !== 'POST') response.headers.set('Cache-Control', CACHED_PAGE_CACHE_CONTROL);
    // No cookie on a page a CDN may keep: the language switch sets it in the browser instead.
    return finish(response, shopPath, requestId, buildContentSecurityPolicy({ nonce: 'cached', development, formActionOrigins }));
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildContentSecurityPolicy({ nonce, development, formActionOrigins });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // Only the proxy picks a cached route (see cachedRoute below).
  requestHeaders.delete(CACHED_ROUTE_HEADER);
  requestHeaders.delete(CACHED_KEY_HEADER);
  requestHeaders.set(REQUEST_ID, requestId);
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set(LOCALE_HEADER, locale);
  // Lets requireUser() send an anonymous visitor back here after signing in.
  requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const response = refused ?? await earlyAnswer(request, pathname, locale) ?? NextResponse.next({ request: { headers: requestHeaders } });
  if (!refused) rememberLanguage(request, response, { locale, pathname, explicit });
  return finish(response, shopPath, requestId, csp);
}

/** A page load that belongs at another address: a page is loaded, not an /api route or a file. */
function isPageLoad(request: NextRequest, pathname: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return !/^\/(api|og|_next)(\/|$)/.test(pathname) && !/\.[A-Za-z0-9]+$/.test(pathname);
}

/**
 * `/en/…` is the English page without its prefix (308); an English address loaded by someone who
 * chose Nepali, or whose browser asks for it on a first visit, is the Nepali page (307: the choice
 * may change). The fast path in next.config.mjs leaves such visits to the proxy (MAY_WANT_NEPALI).
 */
function languageRedirect(request: NextRequest, where: { locale: Locale; pathname: string; explicit: boolean }): NextResponse | null {
  if (!isPageLoad(request, where.pathname) || isFetchedForTheApp(where.pathname)) return null;
  const pathWithSearch = where.pathname + request.nextUrl.search;
  if (where.explicit && where.locale === 'en') {
    const response = NextResponse.redirect(new URL(pathWithSearch, env.APP_URL), 308);
    response.cookies.set(LOCALE_COOKIE, 'en', LOCALE_COOKIE_OPTIONS);
    return response;
  }
  if (!where.explicit && preferredLocale(request) === 'ne') return NextResponse.redirect(new URL(localizedPath(pathWithSearch, 'ne'), env.APP_URL), 307);
  return null;
}

/**
 * The offline page and the manifest are fetched in each language by the service worker (at install,
 * with the shopper's cookies) and the browser, not visited: each address says its language, and
 * fetching it neither redirects to the shopper's language nor changes it (nor puts a cookie on a
 * static answer).
 */
function isFetchedForTheApp(pathname: string): boolean {
  return pathname === OFFLINE_PAGE_PATH || pathname === WEB_MANIFEST_PATH;
}

/** A Nepali address remembers the choice, so the English addresses a shopper is sent to later follow it. */
function rememberLanguage(request: NextRequest, response: NextResponse, where: { locale: Locale; pathname: string; explicit: boolean }) {
  if (isFetchedForTheApp(where.pathname)) return;
  if (where.explicit && where.locale === 'ne' && request.cookies.get(LOCALE_COOKIE)?.value !== 'ne') response.cookies.set(LOCALE_COOKIE, 'ne', LOCALE_COOKIE_OPTIONS);
}

function finish(response: NextResponse, request: { pathname: string }, requestId: string, csp: string): NextResponse {
  response.headers.set(REQUEST_ID, requestId);
  // The only response header a page's script can read (PerformanceResourceTiming.serverTiming):
  // the error page shows it as the reference to quote (components/request-reference.tsx).
  response.headers.set('Server-Timing', `request;desc="${requestId}"`);
  const added = proxyResponseHeaders({ pathname: request.pathname, pagePolicy: csp, production: env.NODE_ENV === 'production' });
  for (const [name, value] of Object.entries(added)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (isPrivatePath(request.pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * Where an anonymous page load of the home page, a listing or a product page is served from
 * cache (lib/catalog/cached-routes.ts), or null. A visitor with a session cookie gets the page
 * rendered for them. Called only for requests the input checks let through; the commonest
 * anonymous loads never reach the proxy (lib/catalog/anonymous-pages.mjs) and are routed alike.
 */
function cachedRoute(request: NextRequest, pathname: string): CachedRoute | null {
  // A server action posted from a cached page (add to cart) goes to the same route, so the page
  // Next re-renders with its answer has the same tree and the form keeps its state.
  const pageLoad = request.method === 'GET' || request.method === 'HEAD';
  if (!pageLoad && !(request.method === 'POST' && request.headers.has('next-action'))) return null;
  if (request.cookies.has(SESSION_COOKIE)) return null;
  return cachedRouteFor({ pathname, searchParams: request.nextUrl.searchParams });
}

// Literal, as Next reads it at build: every path but static files and the anonymous page loads
// next.config.mjs serves from cache without a proxy run (lib/catalog/anonymous-pages.mjs: the home
// page, the bare listing, a plain search and a product page). Those paths come back here with a
// session cookie, as a server action or a form post, with a nonce header to drop, or, for /products,
// with any listing parameter but a plain search; and the English ones when the visitor may want
// Nepali (MAY_WANT_NEPALI). The same for the Nepali pages under /ne. Kept equal to the module by
// lib/catalog/anonymous-pages.test.ts.
export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|(?:ne/?)?$|(?:ne/)?products$|(?:ne/)?products/(?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119}$).+)' },
    { source: '/', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'ne' }] },
    { source: '/', has: [{ type: 'header', key: 'accept-language', value: '(?:.*[,\\s])?ne(?:[-_;,\\s].*)?' }] },
    { source: '/products', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/products', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/products', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/products', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/products', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/products', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/products', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'ne' }] },
    { source: '/products', has: [{ type: 'header', key: 'accept-language', value: '(?:.*[,\\s])?ne(?:[-_;,\\s].*)?' }] },
    { source: '/products', has: [{ type: 'query', key: 'q', value: '(?!(?=.{1,40}$)[a-z0-9]+(?: [a-z0-9]+)*$).*' }] },
    { source: '/products', has: [{ type: 'query', key: 'category' }] },
    { source: '/products', has: [{ type: 'query', key: 'rx' }] },
    { source: '/products', has: [{ type: 'query', key: 'form' }] },
    { source: '/products', has: [{ type: 'query', key: 'stock' }] },
    { source: '/products', has: [{ type: 'query', key: 'min' }] },
    { source: '/products', has: [{ type: 'query', key: 'max' }] },
    { source: '/products', has: [{ type: 'query', key: 'sort' }] },
    { source: '/products', has: [{ type: 'query', key: 'page' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'ne' }] },
    { source: '/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'accept-language', value: '(?:.*[,\\s])?ne(?:[-_;,\\s].*)?' }] },
    { source: '/ne', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/ne', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/ne', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/ne', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/ne', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/ne', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/ne/products', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/ne/products', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/ne/products', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/ne/products', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/ne/products', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/ne/products', has: [{ type: 'header', key: 'x-nonce' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'q', value: '(?!(?=.{1,40}$)[a-z0-9]+(?: [a-z0-9]+)*$).*' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'category' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'rx' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'form' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'stock' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'min' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'max' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'sort' }] },
    { source: '/ne/products', has: [{ type: 'query', key: 'page' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'cookie', key: 'authjs.session-token' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'content-security-policy' }] },
    { source: '/ne/products/:slug((?!bench-baseline$)[a-z0-9][a-z0-9-]{0,119})', has: [{ type: 'header', key: 'x-nonce' }] },
  ],
};

// Both checks live here so no page, filter or route handler can forget them (see each helper's comment).
function refusedInput(request: NextRequest): NextResponse | null {
  if (urlHasControlCharacters(request.nextUrl)) return plainAnswer(400, 'The address contains characters that are not allowed.');
  if (isCrossSiteWrite({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers }, env.APP_URL)) {
    return plainAnswer(403, 'Cross-site requests are not allowed.');
  }
  return null;
}

function plainAnswer(status: number, message: string): NextResponse {
  return NextResponse.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

// Only page loads: server actions (POST) must reach their own guard, which answers for itself.
async function earlyAnswer(request: NextRequest, pathname: string, locale: Locale): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const path = pathname + request.nextUrl.search;
  if (!/^\/(admin|account)(\/|$)/.test(pathname)) return null;
  // When the database does not answer, the page answers for itself: its own guard fails into the
  // error page (with the request id to quote) instead of the proxy failing with a bare 500.
  const session = await proxySession(request).catch(() => null);
  if (!session) return null;
  const decision = decidePrivateArea(path, session, env.APP_URL);
  if (decision.kind === 'redirect') return NextResponse.redirect(new URL(localizedPath(decision.location, locale), env.APP_URL), 307);
  if (decision.kind === 'forbidden') return new NextResponse(FORBIDDEN_HTML, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
  return null;
}
