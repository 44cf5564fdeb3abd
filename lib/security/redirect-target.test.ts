import { describe, expect, it } from 'vitest';
import { appRedirectUrl, loginPath, sameOriginPath } from './redirect-target';

const APP = 'http://127.0.0.1:3210';

describe('sameOriginPath', () => {
  it.each([
    ['/account', '/account'],
    ['/admin/orders?status=paid#top', '/admin/orders?status=paid#top'],
    ['/products/paracetamol-500', '/products/paracetamol-500'],
    ['http://127.0.0.1:3210/checkout', '/checkout'],
    ['orders', '/orders'],
    ['/a/../account', '/account'],
  ])('keeps the same-origin target %j as %j', (target, expected) => {
    expect(sameOriginPath(target, APP)).toBe(expected);
  });

  it.each([
    ['tab before a protocol-relative path', '\t//evil.example'],
    ['tab inside the path', '/\t/evil.example'],
    ['newline inside the path', '/\n/evil.example'],
    ['CR LF header injection', '/\r\nSet-Cookie:x'],
    ['NUL', '/account\u0000'],
    ['DEL', '/\u007f/evil.example'],
    ['C1 control', '/\u0085/evil.example'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/account'],
    ['absolute off-site', 'https://evil.example'],
    ['same host, other port', 'http://127.0.0.1:3211/account'],
    ['same host, other scheme', 'https://127.0.0.1:3210/account'],
    ['user-info trick', 'http://127.0.0.1:3210@evil.example/'],
    ['javascript URL', 'javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['dot segment that normalises to //', '/.//evil.example'],
    ['encoded dot segment to //', '/%2e//evil.example'],
    ['empty', ''],
    ['too long', '/' + 'a'.repeat(600)],
    ['not a string', 42],
  ])('refuses %s', (_name, target) => {
    expect(sameOriginPath(target, APP)).toBe('/');
  });

  it('gives the caller’s fallback', () => {
    expect(sameOriginPath('//evil.example', APP, '/account')).toBe('/account');
  });
});

describe('loginPath', () => {
  it('carries a same-origin path and drops an off-site one', () => {
    expect(loginPath('/admin/outbox?status=failed', APP)).toBe('/login?next=%2Fadmin%2Foutbox%3Fstatus%3Dfailed');
    expect(loginPath('//evil.example', APP)).toBe('/login?next=%2F');
  });
});

describe('appRedirectUrl', () => {
  const request = 'http://localhost:3210';
  it('moves next-auth targets on the request host onto APP_URL', () => {
    expect(appRedirectUrl('http://localhost:3210/account?x=1', request, APP)).toBe('http://127.0.0.1:3210/account?x=1');
    expect(appRedirectUrl('/admin', request, APP)).toBe('http://127.0.0.1:3210/admin');
    expect(appRedirectUrl('http://127.0.0.1:3210/orders', request, APP)).toBe('http://127.0.0.1:3210/orders');
  });
  it('sends anything off-site to the home page on APP_URL', () => {
    for (const target of ['https://evil.example/x', '//evil.example', '/\t/evil.example', 'http://localhost:3210/\\evil.example']) {
      expect(appRedirectUrl(target, request, APP), target).toBe('http://127.0.0.1:3210/');
    }
  });
});
