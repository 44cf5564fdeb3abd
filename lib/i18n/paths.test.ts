import { describe, expect, it } from 'vitest';
import { localizedPath, splitLocale } from './paths';

describe('addresses and their language', () => {
  it('reads the language prefix and the shop path behind it', () => {
    expect(splitLocale('/ne/cart')).toEqual({ locale: 'ne', pathname: '/cart', explicit: true });
    expect(splitLocale('/ne')).toEqual({ locale: 'ne', pathname: '/', explicit: true });
    expect(splitLocale('/en/products/x')).toEqual({ locale: 'en', pathname: '/products/x', explicit: true });
    expect(splitLocale('/cart')).toEqual({ locale: 'en', pathname: '/cart', explicit: false });
    expect(splitLocale('/')).toEqual({ locale: 'en', pathname: '/', explicit: false });
    // Only a whole first segment is a language.
    expect(splitLocale('/new-arrivals')).toEqual({ locale: 'en', pathname: '/new-arrivals', explicit: false });
    expect(splitLocale('/nepali')).toEqual({ locale: 'en', pathname: '/nepali', explicit: false });
  });

  it('puts a shop path back under its language', () => {
    expect(localizedPath('/cart', 'ne')).toBe('/ne/cart');
    expect(localizedPath('/', 'ne')).toBe('/ne');
    expect(localizedPath('/?from=mail', 'ne')).toBe('/ne?from=mail');
    expect(localizedPath('/login?next=%2Fcart', 'ne')).toBe('/ne/login?next=%2Fcart');
    expect(localizedPath('/cart', 'en')).toBe('/cart');
  });
});
