import { describe, expect, it } from 'vitest';
import { cachedPathFor, isCachedPath, isHomeKey, isPlainSearchKey, listingKey, listingParamsOfKey, MAX_CACHED_PAGE, searchOfKey } from './cached-routes';
import { parseListingParams } from './listing-params';

const pathOf = (address: string) => {
  const url = new URL(address, 'http://shop.test');
  return cachedPathFor({ pathname: url.pathname, searchParams: url.searchParams });
};

describe('cached catalog routes', () => {
  it('serves the home page from one entry, whatever tracking tags it carries', () => {
    expect(pathOf('/')).toBe('/en/cached/home/shop');
    expect(pathOf('/?utm_source=mail')).toBe('/en/cached/home/shop');
    expect(isHomeKey('shop')).toBe(true);
    expect(isHomeKey('2026-12-02')).toBe(false);
  });

  it('gives a search and nothing else a route of its own, keyed by the normalised text', () => {
    expect(pathOf('/products?q=paracetamol+500')).toBe('/en/cached/search/paracetamol%20500');
    expect(pathOf('/products?q=Paracetamol!!%20%20500&sort=relevance&page=1&_rsc=x')).toBe('/en/cached/search/paracetamol%20500');
    // Filtered, paged, re-sorted, or text the rewrite could not carry as it stands: a listing key.
    for (const address of ['/products?q=paracetamol&page=2', '/products?q=paracetamol&sort=name', '/products?q=paracetamol&stock=1', '/products?q=co-amoxiclav']) {
      expect(pathOf(address), address).toMatch(/^\/en\/cached\/listing\/l[A-Za-z0-9_-]+$/);
    }
    expect(isPlainSearchKey('paracetamol 500')).toBe(true);
    for (const key of ['Paracetamol', 'paracetamol  500', ' paracetamol', 'co-amoxiclav', 'a'.repeat(41), '']) expect(isPlainSearchKey(key), key).toBe(false);
    // The page gets its segment still encoded, or decoded: the same search either way.
    expect(searchOfKey('paracetamol%20500')).toBe('paracetamol 500');
    expect(searchOfKey('paracetamol 500')).toBe('paracetamol 500');
    for (const segment of ['paracetamol%2520500', 'Paracetamol', '%E0%A4', 'a%2Fb']) expect(searchOfKey(segment), segment).toBeNull();
  });

  it('gives one key to every spelling of the same listing', () => {
    const a = pathOf('/products?q=Paracetamol!!&category=pain-relief');
    const b = pathOf('/products?category=PAIN-RELIEF&q=paracetamol&_rsc=abc12');
    expect(a).toMatch(/^\/en\/cached\/listing\/l[A-Za-z0-9_-]+$/);
    expect(b).toBe(a);
    expect(pathOf('/products')).toBe('/en/cached/listing/l');
    expect(pathOf('/products?page=1&sort=name')).toBe('/en/cached/listing/l');
  });

  it('keeps a listing with a notice, a long query, a deep page or a repeated parameter dynamic', () => {
    expect(pathOf('/products?page=abc')).toBeNull();
    expect(pathOf('/products?sort=cheapest')).toBeNull();
    expect(pathOf(`/products?q=${'a'.repeat(41)}`)).toBeNull();
    expect(pathOf(`/products?q=${'a'.repeat(150)}`)).toBeNull();
    expect(pathOf(`/products?page=${MAX_CACHED_PAGE + 1}`)).toBeNull();
    expect(pathOf(`/products?page=${MAX_CACHED_PAGE}`)).not.toBeNull();
    expect(pathOf('/products?q=a&q=b')).toBeNull();
  });

  it('serves product pages by slug, never other routes under /products or odd slugs', () => {
    expect(pathOf('/products/cetamol-500')).toBe('/en/cached/product/cetamol-500');
    expect(pathOf('/products/bench-baseline?id=1')).toBeNull();
    expect(pathOf('/products/Cetamol')).toBeNull();
    expect(pathOf('/products/a%2Fb')).toBeNull();
    expect(pathOf('/products/a/b')).toBeNull();
    expect(pathOf('/cart')).toBeNull();
    expect(pathOf('/admin')).toBeNull();
  });

  it('reads back only the keys the proxy makes', () => {
    const { query } = parseListingParams({ q: 'cough syrup', rx: 'otc', stock: '1', min: '10', max: '500', sort: 'price-asc', page: '2' });
    const key = listingKey(query);
    const raw = listingParamsOfKey(key);
    expect(raw).not.toBeNull();
    expect(parseListingParams(raw!).query).toEqual(query);
    // Same listing, other spelling: not its key, so no second entry for it.
    expect(listingParamsOfKey('l' + Buffer.from('sort=price-asc&q=cough+syrup&rx=otc&stock=1&min=10&max=500&page=2').toString('base64url'))).toBeNull();
    expect(listingParamsOfKey('l' + Buffer.from('page=99').toString('base64url'))).toBeNull();
    expect(listingParamsOfKey('x')).toBeNull();
    expect(listingParamsOfKey('l!!')).toBeNull();
    expect(listingParamsOfKey('l')).toEqual({});
  });

  it('recognises the internal prefix the proxy keeps the public from', () => {
    expect(isCachedPath('/cached')).toBe(true);
    expect(isCachedPath('/cached/listing/l')).toBe(true);
    expect(isCachedPath('/cachedx')).toBe(false);
  });
});
