import { describe, expect, it } from 'vitest';
import { routePatternOf } from './http-metrics';

// A slice of a build's routes-manifest.json, in Next's order (static segments first): pages under
// app/[locale], the API and preview images beside them.
const routes = {
  exact: new Set(['/api/health', '/sitemap.xml']),
  dynamic: [
    { page: '/og/products/[slug]', regex: /^\/og\/products\/([^/]+?)(?:\/)?$/ },
    { page: '/[locale]', regex: /^\/([^/]+?)(?:\/)?$/ },
    { page: '/[locale]/cart', regex: /^\/([^/]+?)\/cart(?:\/)?$/ },
    { page: '/[locale]/products/[slug]', regex: /^\/([^/]+?)\/products\/([^/]+?)(?:\/)?$/ },
  ],
};

describe('the route label of a request', () => {
  it('names a page by its pattern without the language, for English and Nepali addresses alike', () => {
    expect(routePatternOf('/products/cetamol-500', routes)).toBe('/products/[slug]');
    expect(routePatternOf('/ne/products/cetamol-500', routes)).toBe('/products/[slug]');
    expect(routePatternOf('/cart', routes)).toBe('/cart');
    expect(routePatternOf('/ne/cart/', routes)).toBe('/cart');
    expect(routePatternOf('/', routes)).toBe('/');
    expect(routePatternOf('/ne', routes)).toBe('/');
  });

  it('keeps routes outside the pages as they are, and buckets the rest', () => {
    expect(routePatternOf('/api/health', routes)).toBe('/api/health');
    expect(routePatternOf('/og/products/x', routes)).toBe('/og/products/[slug]');
    expect(routePatternOf('/_next/static/chunks/a.js', routes)).toBe('/_next/*');
    expect(routePatternOf('/no/such/page/here', routes)).toBe('unmatched');
  });
});
