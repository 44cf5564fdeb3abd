import { describe, expect, it } from 'vitest';
import { isCacheableImage, isCatalogPage, isOwnOrdersPage } from './request-rules';

const at = (path: string) => new URL(path, 'https://shop.example');

describe('what the service worker keeps', () => {
  it('keeps the home page, listings and product pages, and no other page', () => {
    for (const path of ['/', '/products', '/products?q=cetamol&page=2', '/products/cetamol-500']) expect(isCatalogPage(at(path)), path).toBe(true);
    for (const path of ['/cart', '/checkout', '/account', '/orders', '/products/cetamol/x', '/products/Bad_Slug', '/admin/products', '/prescriptions']) {
      expect(isCatalogPage(at(path)), path).toBe(false);
    }
  });

  it('keeps the Nepali home page, listings and product pages alike, and never an /en/ spelling (a redirect)', () => {
    for (const path of ['/ne', '/ne/products', '/ne/products?q=cetamol', '/ne/products/cetamol-500']) expect(isCatalogPage(at(path)), path).toBe(true);
    for (const path of ['/ne/cart', '/ne/checkout', '/ne/account', '/ne/products/cetamol/x', '/en', '/en/products', '/en/products/cetamol-500', '/nepal', '/ne-products']) {
      expect(isCatalogPage(at(path)), path).toBe(false);
    }
  });

  it('keeps the order list and order pages, and nothing else private', () => {
    for (const path of ['/orders', '/orders?page=2', '/orders/MN-261122-AB12CD34']) expect(isOwnOrdersPage(at(path)), path).toBe(true);
    for (const path of ['/orders/MN-261122-AB12CD34/x', '/orders/../account', '/account/orders', '/checkout/pay/MN-261122-AB12CD34', '/api/v1/orders']) {
      expect(isOwnOrdersPage(at(path)), path).toBe(false);
    }
  });

  it('keeps the Nepali order list and order pages too', () => {
    for (const path of ['/ne/orders', '/ne/orders?page=2', '/ne/orders/MN-261122-AB12CD34']) expect(isOwnOrdersPage(at(path)), path).toBe(true);
    for (const path of ['/ne/orders/MN-261122-AB12CD34/x', '/ne/account/orders', '/en/orders', '/en/orders/MN-261122-AB12CD34']) expect(isOwnOrdersPage(at(path)), path).toBe(false);
  });

  it('keeps product photos and public images, never a prescription file', () => {
    for (const path of [`/api/product-images/public/${'a'.repeat(64)}.webp`, '/api/product-images/local/abc', '/icons/icon-192.png', '/_next/image?url=%2Fx.png&w=256&q=75']) expect(isCacheableImage(at(path)), path).toBe(true);
    for (const path of ['/api/prescriptions/0b0c/file', '/api/v1/prescriptions/0b0c/file?page=1', '/prescriptions/0b0c.png', '/ne/prescriptions/0b0c.png', '/admin/x.png', '/account/avatar.webp', '/ne/account/avatar.webp']) {
      expect(isCacheableImage(at(path)), path).toBe(false);
    }
  });
});
