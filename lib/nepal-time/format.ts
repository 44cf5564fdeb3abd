import { formatBsDay } from './bikram-sambat';
import { nepalDateOf, NEPAL_TIME_ZONE, type IsoDate } from './calendar';

/**
 * Dates and times as a person reads them, in Nepal time. Every screen, email, invoice and printout
 * formats through here, so Nepali digits or a locale choice is a change in this file. A day is
 * shown with its Bikram Sambat date beside it, Nepal's official calendar: `2 Dec 2026 (16 Mangsir 2083)`.
 */
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: NEPAL_TIME_ZONE });
const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: NEPAL_TIME_ZONE });
const NUMERIC_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: NEPAL_TIME_ZONE });
// A stored calendar day is already a Nepal day: read in UTC so it is never moved to a neighbour.
const CALENDAR_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The Gregorian day followed by its BS date; the Gregorian day alone past the converter's years. */
function withBsDate(gregorian: string, day: IsoDate): string {
  const bs = formatBsDay(day);
  return bs ? `${gregorian} (${bs})` : gregorian;
}

/** `14 Jun 2026 (31 Jestha 2083)`: the Nepal day of an instant. */
export function formatDate(instant: Date): string {
  return withBsDate(DATE.format(instant), nepalDateOf(instant));
}

/** `14 Jun 2026 (31 Jestha 2083), 23:59`. */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)}, ${TIME.format(instant)}`;
}

/** `14/06/2026`: where a line has little room (Gregorian only). */
export function formatShortDate(instant: Date): string {
  return NUMERIC_DATE.format(instant);
}

/** `5 Jun 2026 (22 Jestha 2083)` for a calendar day kept as `YYYY-MM-DD` (expiry, validity, prescription date). */
export function formatDay(day: IsoDate): string {
  return withBsDate(CALENDAR_DAY.format(new Date(`${day}T00:00:00Z`)), day);
}

/** `06-14`: a calendar day where there is room for a few characters only (chart axes). */
export function formatMonthDay(day: IsoDate): string {
  return day.slice(5);
}

/** `45 min`, `3 h 20 min`, `2 days 4 h`: how long something has waited. */
export function formatWaitingTime(minutes: number): string {
  if (minutes < 60) return `${Math.max(0, Math.floor(minutes))} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${Math.floor(minutes % 60)} min`;
  return `${Math.floor(minutes / 1440)} days ${Math.floor((minutes % 1440) / 60)} h`;
}
