const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kathmandu' });
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Kathmandu' });

export const formatDateTime = (d: Date) => DATE_TIME.format(d);
export const formatDate = (d: Date) => DATE.format(d);

/** "3 h 20 min", "2 days 4 h": how long something has waited. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${Math.max(0, Math.floor(minutes))} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${Math.floor(minutes % 60)} min`;
  return `${Math.floor(minutes / 1440)} days ${Math.floor((minutes % 1440) / 60)} h`;
}

/** Nepali grouping is not what Intl gives for en; the shop shows western grouping everywhere. */
export const formatCount = (n: number) => n.toLocaleString('en-US');
