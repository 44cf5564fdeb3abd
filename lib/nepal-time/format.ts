import { formatBsDay } from './bikram-sambat';
import { nepalDateOf, NEPAL_TIME_ZONE, type IsoDate } from './calendar';

/**
 * Dates and times as a person reads them, in Nepal time. Every screen, email, invoice and printout
 * formats through here, so Nepali digits or a locale choice is a change in this file. A day is
 * shown with its Bikram Sambat date beside it, Nepal's official calendar: `2 Dec 2026 (16 Mangsir 2083)`.
 */
type Locale = 'en' | 'ne';
const TAGS: Record<Locale, string> = { en: 'en-GB', ne: 'ne-NP-u-nu-deva' };
const perLocale = (options: Intl.DateTimeFormatOptions) => ({
  en: new Intl.DateTimeFormat(TAGS.en, options),
  ne: new Intl.DateTimeFormat(TAGS.ne, options),
});
const DATE = perLocale({ dateStyle: 'medium', timeZone: NEPAL_TIME_ZONE });
const TIME = perLocale({ timeStyle: 'short', timeZone: NEPAL_TIME_ZONE });
const NUMERIC_DATE = perLocale({ timeZone: NEPAL_TIME_ZONE });
// A stored calendar day is already a Nepal day: read in UTC so it is never moved to a neighbour.
const CALENDAR_DAY = perLocale({ dateStyle: 'medium', timeZone: 'UTC' });

/**
 * Both calendars: the Gregorian day with its BS date beside it in English, the BS date first in
 * Nepali (`१६ मंसिर २०८३ (२०२६ डिसेम्बर २)`); the Gregorian day alone past the converter's years.
 */
function withBsDate(gregorian: string, day: IsoDate, locale: Locale): string {
  const bs = formatBsDay(day, locale);
  if (!bs) return gregorian;
  return locale === 'ne' ? `${bs} (${gregorian})` : `${gregorian} (${bs})`;
}

/** `14 Jun 2026 (31 Jestha 2083)`: the Nepal day of an instant. */
export function formatDate(instant: Date, locale: Locale = 'en'): string {
  return withBsDate(DATE[locale].format(instant), nepalDateOf(instant), locale);
}

/** `14 Jun 2026 (31 Jestha 2083), 23:59`. */
export function formatDateTime(instant: Date, locale: Locale = 'en'): string {
  return `${formatDate(instant, locale)}, ${TIME[locale].format(instant)}`;
}

/** `14/06/2026`: where a line has little room (Gregorian only). */
export function formatShortDate(instant: Date, locale: Locale = 'en'): string {
  return NUMERIC_DATE[locale].format(instant);
}

/** `5 Jun 2026 (22 Jestha 2083)` for a calendar day kept as `YYYY-MM-DD` (expiry, validity, prescription date). */
export function formatDay(day: IsoDate, locale: Locale = 'en'): string {
  return withBsDate(CALENDAR_DAY[locale].format(new Date(`${day}T00:00:00Z`)), day, locale);
}

/** `06-14` (`०६-१४`): a calendar day where there is room for a few characters only (chart axes). */
export function formatMonthDay(day: IsoDate, locale: Locale = 'en'): string {
  const monthDay = day.slice(5);
  return locale === 'ne' ? monthDay.replace(/\d/g, (digit) => DEVANAGARI.format(Number(digit))) : monthDay;
}

/** `45 min`, `3 h 20 min`, `2 days 4 h`: how long something has waited. */
export function formatWaitingTime(minutes: number, locale: Locale = 'en'): string {
  const n = (value: number) => (locale === 'ne' ? DEVANAGARI.format(value) : String(value));
  const [min, h, days] = locale === 'ne' ? ['मिनेट', 'घण्टा', 'दिन'] : ['min', 'h', 'days'];
  if (minutes < 60) return `${n(Math.max(0, Math.floor(minutes)))} ${min}`;
  if (minutes < 48 * 60) return `${n(Math.floor(minutes / 60))} ${h} ${n(Math.floor(minutes % 60))} ${min}`;
  return `${n(Math.floor(minutes / 1440))} ${days} ${n(Math.floor((minutes % 1440) / 60))} ${h}`;
}

const DEVANAGARI = new Intl.NumberFormat('ne-NP-u-nu-deva', { useGrouping: false });
