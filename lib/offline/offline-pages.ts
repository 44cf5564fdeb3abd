import { localizedPath, splitLocale } from '@/lib/i18n/paths';

/**
 * The page shown for a page load that fails offline with no copy kept (app/[locale]/offline): one
 * per language. The English one is precached at install (scripts/build-service-worker.ts), within
 * the worker's 20 KB first-load budget; another language's is fetched by the worker the first time
 * the shopper opens a page in that language (service-worker/sw.ts), so nobody downloads at install
 * a language they may never read.
 */
export const OFFLINE_PAGE_PATH = '/offline';

/** Which offline page a failed page load gets: the one in the language its address names (English without a prefix). */
export function offlinePageFor(pathname: string): string {
  return localizedPath(OFFLINE_PAGE_PATH, splitLocale(pathname).locale);
}
