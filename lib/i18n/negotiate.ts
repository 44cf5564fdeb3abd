import Negotiator from 'negotiator';
import { LOCALE_COOKIE } from './locale-routes.mjs';
import type { Locale } from './locales';
import { isLocale, routing } from './routing';

/**
 * The language of a first visit to an English address: the shopper's own choice once made (the
 * locale cookie, set by the language switch and by any /ne or /en address), else the first of the
 * shop's languages the browser asks for (Accept-Language), else English.
 */
export function preferredLocale(request: { cookies: { get(name: string): { value: string } | undefined }; headers: Headers }): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const [first] = new Negotiator({ headers: { 'accept-language': request.headers.get('accept-language') ?? '' } }).languages([...routing.locales]);
  return isLocale(first) ? first : 'en';
}
