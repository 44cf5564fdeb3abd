import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { ANONYMOUS_PRODUCT_PAGE, PRODUCT_PAGE_SOURCE, SESSION_COOKIE_NAMES } from './anonymous-product-page.mjs';
import { cachedRouteFor } from './cached-routes';

const proxyRuns = (url: string, request: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}) =>
  unstable_doesMiddlewareMatch({ config, url, ...request });

describe('the anonymous product page skips the proxy, and nothing else does', () => {
  it('an anonymous load of a product page is not seen by the proxy', () => {
    for (const url of ['/products/cetamol-500-mg-tablet', '/products/cetamol-500-mg-tablet?_rsc=abc', '/products/a', `/products/a${'b'.repeat(119)}`]) {
      expect(proxyRuns(url), url).toBe(false);
      // …and is exactly what the proxy would have served from the cached product route.
      const { pathname, searchParams } = new URL(url, 'http://shop.test');
      expect(cachedRouteFor({ pathname, searchParams }, '2026-12-02'), url).toEqual({ route: 'product', key: pathname.split('/')[2] });
    }
  });

  it('a signed-in visitor (either cookie name) and a server action posted from the page go through the proxy', () => {
    for (const name of SESSION_COOKIE_NAMES) expect(proxyRuns('/products/cetamol-500-mg-tablet', { cookies: { [name]: 'x' } }), name).toBe(true);
    expect(proxyRuns('/products/cetamol-500-mg-tablet', { headers: { 'next-action': 'abc' } })).toBe(true);
    // A guest cart is not a session: the page is still the cached one.
    expect(proxyRuns('/products/cetamol-500-mg-tablet', { cookies: { 'medinest-cart': 'x' } })).toBe(false);
  });

  it('every other page and route, odd product addresses and the internal cached routes go through the proxy', () => {
    for (const url of [
      '/',
      '/products',
      '/products?q=cetamol',
      '/products/bench-baseline',
      '/products/Cetamol',
      '/products/-cetamol',
      `/products/a${'b'.repeat(120)}`,
      '/products/cetamol/reviews',
      '/products/cetamol%00',
      '/cached/product/cetamol-500-mg-tablet',
      '/cart',
      '/admin/products',
      '/api/v1/products',
      '/api/visitor',
    ]) {
      expect(proxyRuns(url), url).toBe(true);
    }
    // Static files never did.
    expect(proxyRuns('/_next/static/chunks/a.js')).toBe(false);
    expect(proxyRuns('/icon.svg')).toBe(false);
  });

  it('the proxy’s literal matcher repeats the module’s conditions', () => {
    const [, ...productEntries] = config.matcher;
    expect(productEntries.map((entry) => entry.source)).toEqual(Array(productEntries.length).fill(PRODUCT_PAGE_SOURCE));
    expect(productEntries.map((entry) => entry.has)).toEqual(ANONYMOUS_PRODUCT_PAGE.missing.map((condition) => [condition]));
  });
});
