import { asciiDigits, FIRST_BS_YEAR, isoDateOfBs } from './bikram-sambat';
import { isIsoDate, type IsoDate } from './calendar';

/**
 * A day staff type into a filter, in the calendar they think in: `2083-08-16` or `2083/08/16` is
 * Bikram Sambat (a year from FIRST_BS_YEAR), `2026-12-02` Gregorian; Devanagari digits are fine.
 * Null for anything that is not a real day, so the form can say so.
 */
export function readTypedDay(text: string): IsoDate | null {
  const match = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(asciiDigits(text.slice(0, 40)));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year >= FIRST_BS_YEAR) return isoDateOfBs({ year, month, day });
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
