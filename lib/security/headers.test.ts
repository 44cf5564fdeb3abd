import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, isFramableBySelf, isPrivatePath, staticSecurityHeaders } from './headers';

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
    for (const path of ['/account', '/account/addresses', '/admin', '/admin/outbox', '/login', '/login/two-factor', '/register', '/forgot-password', '/reset-password', '/api/auth/session', '/orders/1']) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ['/', '/products', '/products/cetamol', '/accounting', '/administrator-guide']) expect(isPrivatePath(path), path).toBe(false);
  });
});

describe('framing', () => {
  it('lets only our own pages frame a prescription file, and nothing frame anything else', () => {
    expect(isFramableBySelf('/api/prescriptions/0b1c/file')).toBe(true);
    for (const path of ['/api/prescriptions/0b1c', '/api/prescriptions/0b1c/file/x', '/admin/prescriptions/0b1c', '/products']) expect(isFramableBySelf(path), path).toBe(false);
    const framable = buildContentSecurityPolicy({ nonce: 'n', development: false, formActionOrigins: [], framableBySelf: true });
    expect(framable).toContain("frame-ancestors 'self'");
    expect(staticSecurityHeaders({ production: true, framableBySelf: true })['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(staticSecurityHeaders({ production: true })['X-Frame-Options']).toBe('DENY');
  });
});
