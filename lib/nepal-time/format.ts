import { NEPAL_TIME_ZONE, type IsoDate } from './calendar';

/**
 * Dates and times as a person reads them, in Nepal time. Every screen, email, invoice and printout
 * formats through here, so Bikram Sambat, Nepali digits or a locale choice is a change in this file.
 */
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: NEPAL_TIME_ZONE });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: NEPAL_TIME_ZONE });
const NUMERIC_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: NEPAL_TIME_ZONE });
// A stored calendar day is already a Nepal day: read in UTC so it is never moved to a neighbour.
const CALENDAR_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** `14 Jun 2026`: the Nepal day of an instant. */
export function formatDate(instant: Date): string {
  return DATE.format(instant);
}

/** `14 Jun 2026, 23:59`. */
export function formatDateTime(instant: Date): string {
  return DATE_TIME.format(instant);
}

/** `14/06/2026`: where a line has little room. */
export function formatShortDate(instant: Date): string {
  return NUMERIC_DATE.format(instant);
}

/** `5 Jun 2026` for a calendar day kept as `YYYY-MM-DD` (expiry, validity, prescription date). */
export function formatDay(day: IsoDate): string {
  return CALENDAR_DAY.format(new Date(`${day}T00:00:00Z`));
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
