import type { IsoDate } from '@/lib/nepal-time';

/** Whole years between a birth date and a day (both YYYY-MM-DD): the age a pharmacist reads. */
export function ageInYears(birthDate: string, today: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return Math.max(0, ty - by - (hadBirthday ? 0 : 1));
}

/** Whole months, for babies: doses for a 7-month-old differ from a 1-year-old's. */
export function ageInMonths(birthDate: string, today: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - by) * 12 + (tm - bm) - (td >= bd ? 0 : 1));
}

/** "34 years", "about 45 years" (only an age was given), "8 months"; null when unknown. */
export function describeAge(birthDate: string | null, estimated: boolean, today: IsoDate): string | null {
  if (!birthDate) return null;
  const years = ageInYears(birthDate, today);
  if (years < 2 && !estimated) {
    const months = ageInMonths(birthDate, today);
    return `${months} month${months === 1 ? '' : 's'}`;
  }
  return `${estimated ? 'about ' : ''}${years} year${years === 1 ? '' : 's'}`;
}

/** The birth date recorded when the shopper knows only the age: that many years before today. */
export function birthDateFromAge(years: number, today: IsoDate): IsoDate {
  const [y, m, d] = today.split('-') as [string, string, string];
  const year = String(Number(y) - years).padStart(4, '0');
  // 29 February does not exist in most years: the day before stands in.
  const day = m === '02' && d === '29' ? '28' : d;
  return `${year}-${m}-${day}` as IsoDate;
}
