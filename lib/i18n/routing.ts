import { defineRouting } from 'next-intl/routing';
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from './locale-routes.mjs';
import type { Locale } from './locales';

/**
 * Where each language lives: English at the addresses the shop has always had (`/cart`), Nepali
 * under `/ne` (`/ne/cart`). One address per page and language, so a shared link, a search engine
 * and the `hreflang` links all name the language.
 */
export const routing = defineRouting({
  locales: ['en', 'ne'] satisfies Locale[],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeCookie: { name: LOCALE_COOKIE, ...LOCALE_COOKIE_OPTIONS },
});

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ne';
}
