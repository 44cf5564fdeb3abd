import type { Locale } from './locales';

/**
 * The language an address names and the shop path behind it: `/ne/cart` is the Nepali cart at
 * `/cart`; an address with no prefix is English. `/en/…` is a spelling of an English address
 * (`explicit`): the proxy answers it with a redirect to the address without the prefix.
 */
export function splitLocale(pathname: string): { locale: Locale; pathname: string; explicit: boolean } {
  const match = /^\/(en|ne)(?=\/|$)(.*)$/.exec(pathname);
  if (!match) return { locale: 'en', pathname, explicit: false };
  return { locale: match[1] as Locale, pathname: match[2] || '/', explicit: true };
}

/** The public address of a shop path in a language: `/cart` → `/ne/cart`, `/` → `/ne`. */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === 'en') return path;
  return path === '/' || path.startsWith('/?') ? `/ne${path.slice(1)}` : `/ne${path}`;
}
