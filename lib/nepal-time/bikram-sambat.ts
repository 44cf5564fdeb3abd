import { daysInMonth, toBik, toGreg } from 'bikram-sambat';
import type { IsoDate } from './calendar';

/**
 * Bikram Sambat, Nepal's official calendar, for the Nepal days the shop keeps as Gregorian
 * `YYYY-MM-DD`. The converter (bikram-sambat, pinned) is used here only: its month tables are
 * tested against the published calendar for 2075–2090 BS (./bs-calendar-reference.ts), and a
 * year it has no table for gives null rather than a guess.
 */
export type BsDate = { year: number; month: number; day: number };

export const BS_MONTHS = {
  en: ['Baisakh', 'Jestha', 'Asar', 'Shrawan', 'Bhadra', 'Asoj', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun', 'Chaitra'],
  ne: ['बैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'],
} as const;

/**
 * Where a bare year is read as Bikram Sambat: BS 2060 began in AD 2003, and nothing the shop
 * reads (a prescription, a typed filter day) is dated AD 2060 or later.
 */
export const FIRST_BS_YEAR = 2060;

/** Devanagari digits as ASCII; one UTF-16 unit each, so positions in a text stay the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

const DEVANAGARI_DIGITS = new Intl.NumberFormat('ne-NP-u-nu-deva', { useGrouping: false });

/** The BS date of a Nepal calendar day, or null outside the converter's years. */
export function bsDateOf(day: IsoDate): BsDate | null {
  try {
    return toBik(day);
  } catch {
    return null;
  }
}

/** The Nepal calendar day of a BS date, or null for a date that does not exist (32 Poush). */
export function isoDateOfBs({ year, month, day }: BsDate): IsoDate | null {
  try {
    if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
    const { year: y, month: m, day: d } = toGreg(year, month, day);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

/** How many days a BS month has (29 to 32), or null for a year without a table. */
export function bsMonthLength(year: number, month: number): number | null {
  try {
    return daysInMonth(year, month);
  } catch {
    return null;
  }
}

/** `16 Mangsir 2083`, or `१६ मंसिर २०८३` in Nepali; null outside the converter's years. */
export function formatBsDay(day: IsoDate, locale: 'en' | 'ne' = 'en'): string | null {
  const bs = bsDateOf(day);
  if (!bs) return null;
  const month = BS_MONTHS[locale][bs.month - 1];
  if (locale === 'en') return `${bs.day} ${month} ${bs.year}`;
  return `${DEVANAGARI_DIGITS.format(bs.day)} ${month} ${DEVANAGARI_DIGITS.format(bs.year)}`;
}
