/**
 * Nepal's calendar as the shop counts it: "today", day boundaries and day arithmetic. Nepal keeps
 * one offset all year (UTC+05:45, no daylight saving), so a fixed offset is exact.
 */
export const NEPAL_TIME_ZONE = 'Asia/Kathmandu';
export const NEPAL_UTC_OFFSET_MINUTES = 5 * 60 + 45;
const OFFSET_MS = NEPAL_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;
const OFFSET_TEXT = `+${String(Math.floor(NEPAL_UTC_OFFSET_MINUTES / 60)).padStart(2, '0')}:${String(NEPAL_UTC_OFFSET_MINUTES % 60).padStart(2, '0')}`;

/** A Gregorian calendar day in Nepal as `YYYY-MM-DD`: how expiry, validity and report days are kept. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-30 is not one; the database would refuse it). */
export function isIsoDate(text: string): text is IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The Nepal calendar day an instant falls on. */
export function nepalDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO 8601 on the Nepal clock, `2026-06-15T00:00:00+05:45`: the same instant, read as staff read it (exports). */
export function nepalTimestamp(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}${OFFSET_TEXT}`;
}

/** Today's date in Nepal. */
export function nepalToday(now: Date = new Date()): IsoDate {
  return nepalDateOf(now);
}

/** The first instant of a Nepal day (00:00 in Kathmandu, 18:15 UTC the evening before). */
export function nepalDayStart(day: IsoDate): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

/** The first instant after a Nepal day, so the day is `[nepalDayStart(day), nepalDayEnd(day))`. */
export function nepalDayEnd(day: IsoDate): Date {
  return new Date(nepalDayStart(day).getTime() + DAY_MS);
}

/** Whole seconds (at least 1) until the next Nepal day begins: how long something that shows "today" may be kept. */
export function secondsUntilNepalMidnight(now: Date = new Date()): number {
  return Math.max(1, Math.ceil((nepalDayEnd(nepalToday(now)).getTime() - now.getTime()) / 1000));
}

/** Calendar arithmetic on days, done in UTC so no time zone can shift a day. */
export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * An expiry or validity date is good through the end of that day in Nepal: it has passed only once
 * a later day has begun.
 */
export function hasDayPassed(day: IsoDate, today: IsoDate = nepalToday()): boolean {
  return day < today;
}

/** `YYMMDD` of the Nepal day, as printed in order numbers (`MN-261122-…`). */
export function orderNumberDate(now: Date = new Date()): string {
  return nepalDateOf(now).slice(2).replaceAll('-', '');
}
