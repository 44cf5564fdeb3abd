import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, isPrivatePath, proxyResponseHeaders, ROUTES_WITH_OWN_POLICY, setsOwnPolicy, staticSecurityHeaders, uploadedFileSecurityHeaders } from './headers';

/** Every route.ts under app/ as [URL path, source], route groups dropped and dynamic segments filled in. */
function routeHandlers(): [string, string][] {
  const appDir = path.resolve(import.meta.dirname, '../../app');
  return (readdirSync(appDir, { recursive: true }) as string[])
    .filter((entry) => path.basename(entry) === 'route.ts')
    .map((entry) => {
      const segments = path.dirname(entry).split(path.sep).filter((s) => s !== '.' && !/^\(.*\)$/.test(s));
      return [`/${segments.map((s) => (s.startsWith('[') ? 'x' : s)).join('/')}`, readFileSync(path.join(appDir, entry), 'utf8')];
    });
}

describe('Content-Security-Policy', () => {
  it('allows scripts only with the nonce in production and forbids framing', () => {
    const csp = buildContentSecurityPolicy({ nonce: 'abc123', development: false, formActionOrigins: ['https://epay.esewa.com.np'] });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' blob: data:");
    expect(csp).toContain("form-action 'self' https://epay.esewa.com.np");
  });

  it('lets the same-origin service worker and manifest load, which the nonce policy alone would refuse', () => {
    for (const nonce of ['abc123', 'cached']) {
      const csp = buildContentSecurityPolicy({ nonce, development: false, formActionOrigins: [] });
      expect(csp.split('; ')).toContain("worker-src 'self'");
      expect(csp.split('; ')).toContain("manifest-src 'self'");
    }
  });
});

describe('the proxy’s policy for a cached page', () => {
  it('keeps every other directive and leaves inline scripts to the hash policy stored with the page', () => {
    const csp = buildContentSecurityPolicy({ nonce: 'cached', development: false, formActionOrigins: [] });
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('nonce-');
    expect(csp).not.toContain('strict-dynamic');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe('static security headers', () => {
  it('always sends nosniff, a referrer policy and a permissions policy; HSTS only in production', () => {
    const dev = staticSecurityHeaders({ production: false });
    expect(dev).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(dev['Permissions-Policy']).toContain('geolocation=()');
    expect(dev['Strict-Transport-Security']).toBeUndefined();
    expect(staticSecurityHeaders({ production: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
  });
});

describe('private paths', () => {
  it('covers account, admin and auth pages but not the catalog', () => {
    for (const path of ['/account', '/account/addresses', '/admin', '/admin/outbox', '/login', '/login/two-factor', '/register', '/forgot-password', '/reset-password', '/api/auth/session', '/orders/1', '/api/visitor']) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ['/', '/products', '/products/cetamol', '/accounting', '/administrator-guide']) expect(isPrivatePath(path), path).toBe(false);
  });
});

describe('headers the proxy adds', () => {
  it('knows exactly the route handlers that set their own policy or framing rule', () => {
    const routes = routeHandlers();
    const own = routes.filter(([, source]) => /Content-Security-Policy|X-Frame-Options|uploadedFileSecurityHeaders|publicProductImageResponse/.test(source)).map(([route]) => route);
    expect(own).toContain('/api/prescriptions/x/file');
    for (const [route] of routes) expect(setsOwnPolicy(route), route).toBe(own.includes(route));
    for (const pattern of ROUTES_WITH_OWN_POLICY) expect(own.some((route) => pattern.test(route)), String(pattern)).toBe(true);
  });

  it('gives pages and other routes the page policy, and leaves a route handler its own policy and framing rule', () => {
    for (const pathname of ['/admin/prescriptions/x', '/api/health', '/api/prescriptions/x/file/extra']) {
      const page = proxyResponseHeaders({ pathname, pagePolicy: 'page-policy', production: true });
      expect(page['Content-Security-Policy'], pathname).toBe('page-policy');
      expect(page['X-Frame-Options'], pathname).toBe('DENY');
    }
    const route = proxyResponseHeaders({ pathname: '/api/prescriptions/x/file', pagePolicy: 'page-policy', production: true });
    expect(route['Content-Security-Policy']).toBeUndefined();
    expect(route['X-Frame-Options']).toBeUndefined();
    expect(route).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(route['Strict-Transport-Security']).toBeDefined();
  });

  it('serves uploaded files sandboxed, loading nothing and framed by nobody', () => {
    const headers = uploadedFileSecurityHeaders();
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none';/);
    expect(headers['Content-Security-Policy']).toMatch(/; sandbox$/);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});
