import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './cross-site-write';

const APP = 'https://shop.example';
const write = (headers: Record<string, string>, { method = 'POST', pathname = '/api/prescriptions' } = {}) =>
  isCrossSiteWrite({ method, pathname, headers: new Headers(headers) }, APP);

describe('isCrossSiteWrite', () => {
  it('lets a same-origin write with the session cookie through', () => {
    expect(write({ cookie: 'authjs.session-token=x', origin: 'https://shop.example' })).toBe(false);
    expect(write({ cookie: 'authjs.session-token=x', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(write({ cookie: 'authjs.session-token=x', 'sec-fetch-site': 'none' })).toBe(false);
  });

  it('refuses a cookie-carrying write from another origin, another port, or with no origin at all', () => {
    expect(write({ cookie: 'c=1', origin: 'https://evil.example' })).toBe(true);
    expect(write({ cookie: 'c=1', origin: 'https://shop.example:8443' })).toBe(true);
    expect(write({ cookie: 'c=1', origin: 'http://shop.example' })).toBe(true);
    expect(write({ cookie: 'c=1', origin: 'null' })).toBe(true);
    expect(write({ cookie: 'c=1', 'sec-fetch-site': 'same-site' })).toBe(true);
    expect(write({ cookie: 'c=1', 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(write({ cookie: 'c=1' })).toBe(true);
    expect(write({ cookie: 'c=1', origin: 'https://evil.example' }, { method: 'delete', pathname: '/api/auth/signout' })).toBe(true);
  });

  it('leaves reads, cookie-less calls, bearer-authenticated cron routes and pages alone', () => {
    expect(write({ cookie: 'c=1', origin: 'https://evil.example' }, { method: 'GET' })).toBe(false);
    expect(write({ origin: 'https://evil.example' })).toBe(false);
    expect(write({ cookie: 'c=1' }, { pathname: '/api/cron/expire-orders' })).toBe(false);
    // Server actions post to pages; Next checks their origin itself.
    expect(write({ cookie: 'c=1' }, { pathname: '/admin/outbox' })).toBe(false);
  });
});

const WRITE_EXPORT = /export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b|export\s+const\s+\{[^}]*\b(POST|PUT|PATCH|DELETE)\b/;

/** Every route.ts under app/, with its URL path (route groups dropped). */
function routeHandlers(): { urlPath: string; source: string }[] {
  const root = path.resolve(import.meta.dirname, '../../app');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => ({
      urlPath: '/' + path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join('/'),
      source: readFileSync(path.join(root, file), 'utf8'),
    }));
}

describe('route handlers that write', () => {
  it('all live under /api/, where the proxy origin check covers them (cron routes check their bearer)', () => {
    const writers = routeHandlers().filter((route) => WRITE_EXPORT.test(route.source));
    expect(writers.map((route) => route.urlPath)).toContain('/api/prescriptions');
    for (const route of writers) {
      expect(route.urlPath, `${route.urlPath} takes writes outside /api/`).toMatch(/^\/api\//);
      // Every cron route is lib/cron/route.ts's handler, which refuses a request without the bearer.
      if (route.urlPath.startsWith('/api/cron/')) expect(route.source, route.urlPath).toMatch(/cronRouteHandler\('[a-z-]+'\)/);
      else expect(isCrossSiteWrite({ method: 'POST', pathname: route.urlPath, headers: new Headers({ cookie: 'c=1', origin: 'https://evil.example' }) }, APP), route.urlPath).toBe(true);
    }
  });
});
