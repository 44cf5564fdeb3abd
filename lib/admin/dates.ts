/** Calendar arithmetic on `YYYY-MM-DD` strings (Nepal days), done in UTC so no time zone shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The `days` calendar days ending with `lastDay`, oldest first. */
export function dayRange(lastDay: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(lastDay, i - days + 1));
}
