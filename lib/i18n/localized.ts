import type { Locale } from './locales';

/**
 * The Nepali text on Nepali pages when someone wrote one, otherwise the English (issue 15): for data
 * kept in both languages — category and product texts, the pharmacy's own details.
 */
export function localized(english: string, nepali: string | null | undefined, locale: Locale): string {
  return locale === 'ne' && nepali && nepali.trim() !== '' ? nepali : english;
}
