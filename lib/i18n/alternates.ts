import type { Metadata } from 'next';
import type { Locale } from './locales';
import { localizedPath } from './paths';

/**
 * A page's address in its own language (canonical) and in each language (`hreflang`), for its
 * metadata and the sitemap: search engines then show a Nepali reader the Nepali page.
 */
export function languageAlternates(path: string): Record<Locale | 'x-default', string> {
  return { en: path, ne: localizedPath(path, 'ne'), 'x-default': path };
}

export function alternatesFor(path: string, locale: Locale): NonNullable<Metadata['alternates']> {
  return { canonical: localizedPath(path, locale), languages: languageAlternates(path) };
}
