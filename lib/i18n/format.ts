import { formatCount, formatPaisa, formatTwoDecimals } from '@/lib/money';
import { formatDate, formatDateTime, formatDay, formatShortDate, formatWaitingTime, type IsoDate } from '@/lib/nepal-time';
import type { Locale } from './locales';

/**
 * Money, counts and dates in the reader's language, bound once per page:
 * `const f = formattersFor(await getLocale())` on the server, `formattersFor(useLocale())` in a
 * client component. The rules themselves live in lib/money.ts and lib/nepal-time/format.ts.
 */
export function formattersFor(locale: Locale) {
  return {
    locale,
    paisa: (paisa: number, options: { dropZeroPaisa?: boolean } = {}) => formatPaisa(paisa, { ...options, locale }),
    count: (n: number) => formatCount(n, locale),
    twoDecimals: (n: number) => formatTwoDecimals(n, locale),
    date: (instant: Date) => formatDate(instant, locale),
    dateTime: (instant: Date) => formatDateTime(instant, locale),
    shortDate: (instant: Date) => formatShortDate(instant, locale),
    day: (day: IsoDate) => formatDay(day, locale),
    waitingTime: (minutes: number) => formatWaitingTime(minutes, locale),
  };
}

export type Formatters = ReturnType<typeof formattersFor>;
