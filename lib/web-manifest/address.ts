import type { Locale } from '@/lib/i18n/locales';
import { localizedPath } from '@/lib/i18n/paths';

/** Where the installable app's manifest is served (app/[locale]/manifest.webmanifest/route.ts). */
export const WEB_MANIFEST_PATH = '/manifest.webmanifest';

/** The manifest a page in this language links: `/manifest.webmanifest`, `/ne/manifest.webmanifest`. */
export function webManifestAddress(locale: Locale): string {
  return localizedPath(WEB_MANIFEST_PATH, locale);
}
