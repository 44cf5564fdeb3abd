// @ts-check

/**
 * How addresses carry the language, for next.config.mjs (which cannot import TypeScript) and the
 * app alike. English pages keep the addresses they always had and Nepali ones live under /ne; inside,
 * every page is under app/[locale], so an English address is rewritten to its /en route.
 */

/** Set by the language switch and by any /ne or /en address: a chosen language outlives Accept-Language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** How the language choice is kept: a year, for the whole site, sent on links from other sites. The proxy and next-intl set it alike. */
export const LOCALE_COOKIE_OPTIONS = /** @type {const} */ ({ path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });

/** Each language and where its public addresses start. */
export const LOCALE_PREFIXES = /** @type {const} */ ([
  { locale: 'en', prefix: '' },
  { locale: 'ne', prefix: '/ne' },
]);

/**
 * An Accept-Language that names Nepali anywhere. An anonymous first visit to an English catalog
 * address with it goes through the proxy (lib/i18n/negotiate.ts decides), not the fast path.
 */
export const ASKS_FOR_NEPALI = '(?:.*[,\\s])?ne(?:[-_;,\\s].*)?';

/**
 * After the files and the fixed routes (/api, /og, static files) are matched: every address without
 * a language is an English page, served from /en/… . /ne/… needs no rewrite. (Next matches the
 * pattern against the whole path, so the first segment's end is `/` or the path's end.)
 */
export const ENGLISH_PAGES = [
  { source: '/', destination: '/en' },
  { source: '/:first((?!(?:en|ne|api|og|_next|__nextjs)(?:/|$))[^/]+)/:rest*', destination: '/en/:first/:rest*' },
];
