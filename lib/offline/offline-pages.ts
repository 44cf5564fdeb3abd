import { LOCALE_PREFIXES } from '@/lib/i18n/locale-routes.mjs';
import { localizedPath, splitLocale } from '@/lib/i18n/paths';

/**
 * The page shown for a page load that fails offline with no copy kept (app/[locale]/offline): one
 * per language, each precached by the service worker (scripts/build-service-worker.ts).
 */
export const OFFLINE_PAGE_PATH = '/offline';

/** Its address in each language: `/offline`, `/ne/offline`. */
export const OFFLINE_PAGE_ADDRESSES: readonly string[] = LOCALE_PREFIXES.map(({ locale }) => localizedPath(OFFLINE_PAGE_PATH, locale));

/** Which offline page a failed page load gets: the one in the language its address names (English without a prefix). */
export function offlinePageFor(pathname: string): string {
  return localizedPath(OFFLINE_PAGE_PATH, splitLocale(pathname).locale);
}
