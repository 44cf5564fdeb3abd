import type { Locale } from './locales';
import { preferredLocale } from './negotiate';
import { splitLocale } from './paths';

/**
 * The language to answer an /api request in, for the few route handlers whose words a person
 * reads as they are (a payment return's error page, a refused download): the page that sent the
 * request (its Referer, `/ne/…` or not), else the shopper's choice or browser (lib/i18n/negotiate.ts).
 * Not the x-next-intl-locale header: proxy.ts sets it from the address, and an /api address has no
 * language. Answers a script reads carry a code instead, which the page words itself.
 */
export function requestLocale(headers: Headers): Locale {
  return refererLocale(headers) ?? preferredLocale({ cookies: cookiesOf(headers), headers });
}

/** Only a page of the shop counts: a payment provider's page sends the shopper back with its own address. */
function refererLocale(headers: Headers): Locale | null {
  const referer = headers.get('referer');
  const host = headers.get('host');
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? splitLocale(url.pathname).locale : null;
  } catch {
    return null;
  }
}

/** The Cookie header read as proxy.ts reads `request.cookies`; only the language cookie is asked for, and its values are plain. */
function cookiesOf(headers: Headers): { get(name: string): { value: string } | undefined } {
  const pairs = (headers.get('cookie') ?? '').split(';').map((pair) => {
    const at = pair.indexOf('=');
    return at === -1 ? [pair.trim(), ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
  return {
    get: (name) => {
      const pair = pairs.find(([key]) => key === name);
      return pair ? { value: pair[1]! } : undefined;
    },
  };
}
