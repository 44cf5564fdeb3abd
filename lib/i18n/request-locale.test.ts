import { describe, expect, it } from 'vitest';
import { requestLocale } from './request-locale';

const headers = (entries: Record<string, string>) => new Headers({ host: 'shop.test', ...entries });

describe('the language an /api answer a person reads is written in', () => {
  it('follows the shop page that sent the request', () => {
    expect(requestLocale(headers({ referer: 'https://shop.test/ne/account/notifications', cookie: 'NEXT_LOCALE=en' }))).toBe('ne');
    expect(requestLocale(headers({ referer: 'https://shop.test/admin/orders', cookie: 'NEXT_LOCALE=ne' }))).toBe('en');
  });

  it('falls back to the chosen language, then the browser’s, when the request came from elsewhere', () => {
    // A payment provider's page sends the shopper back: its address says nothing about the shop's language.
    expect(requestLocale(headers({ referer: 'https://rc-epay.esewa.com.np/ne/pay', cookie: 'theme=dark; NEXT_LOCALE=ne' }))).toBe('ne');
    expect(requestLocale(headers({ cookie: 'NEXT_LOCALE=en', 'accept-language': 'ne-NP,ne;q=0.9' }))).toBe('en');
    expect(requestLocale(headers({ 'accept-language': 'ne-NP,ne;q=0.9,en;q=0.8' }))).toBe('ne');
    expect(requestLocale(headers({ referer: 'not a url', 'accept-language': 'en-GB' }))).toBe('en');
    expect(requestLocale(new Headers())).toBe('en');
  });

  it('ignores the locale header proxy.ts sets from an /api address, which has no language', () => {
    expect(requestLocale(headers({ 'x-next-intl-locale': 'en', referer: 'https://shop.test/ne/checkout/pay/MN-1' }))).toBe('ne');
  });
});
