import { describe, expect, it } from 'vitest';
import { offlinePageFor } from './offline-pages';

describe('which offline page a failed page load gets', () => {
  it('gives a Nepali address the Nepali page', () => {
    for (const path of ['/ne', '/ne/', '/ne/cart', '/ne/products/cetamol-500', '/ne/orders/MN-261122-AB12CD34', '/ne/offline']) expect(offlinePageFor(path), path).toBe('/ne/offline');
  });

  it('gives every other address the English page', () => {
    // `/en/…` is an English address too; only a whole first segment `ne` names Nepali.
    for (const path of ['/', '/cart', '/products/nepali-herbs', '/en/cart', '/nepal', '/new-arrivals', '/NE/cart', '/offline']) expect(offlinePageFor(path), path).toBe('/offline');
  });
});
