import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { BS_REFERENCE_CALENDAR } from './bs-calendar-reference';
import { bsDateOf, bsMonthLength, formatBsDay, isoDateOfBs } from './bikram-sambat';

const years = Object.keys(BS_REFERENCE_CALENDAR).map(Number);

describe('Bikram Sambat against the published calendar, 2075–2090 BS', () => {
  it('covers every year from 2075 to 2090', () => {
    expect(years).toEqual(Array.from({ length: 16 }, (_, i) => 2075 + i));
  });

  it('has each month as long as the calendar says', () => {
    for (const year of years) {
      const lengths = Array.from({ length: 12 }, (_, i) => bsMonthLength(year, i + 1));
      expect(lengths, String(year)).toEqual(BS_REFERENCE_CALENDAR[year]!.months);
    }
  });

  it('starts every year on the Gregorian day the calendar says, and each year follows the last', () => {
    for (const year of years) {
      const { newYear, months } = BS_REFERENCE_CALENDAR[year]!;
      expect(isoDateOfBs({ year, month: 1, day: 1 }), String(year)).toBe(newYear);
      const next = BS_REFERENCE_CALENDAR[year + 1];
      if (next) expect(addDays(newYear, months.reduce((a, b) => a + b, 0)), String(year)).toBe(next.newYear);
    }
  });

  it('converts the first and last day of every month both ways', () => {
    for (const year of years) {
      let first = BS_REFERENCE_CALENDAR[year]!.newYear;
      BS_REFERENCE_CALENDAR[year]!.months.forEach((length, index) => {
        const month = index + 1;
        const last = addDays(first, length - 1);
        expect(bsDateOf(first), `${year}-${month}-1`).toEqual({ year, month, day: 1 });
        expect(bsDateOf(last), `${year}-${month}-${length}`).toEqual({ year, month, day: length });
        expect(isoDateOfBs({ year, month, day: length }), `${year}-${month}-${length}`).toBe(last);
        first = addDays(last, 1);
      });
    }
  });
});

describe('BS dates a person reads', () => {
  it('writes the day, the month and the year, in English or Nepali', () => {
    expect(formatBsDay('2026-12-02')).toBe('16 Mangsir 2083');
    expect(formatBsDay('2026-12-02', 'ne')).toBe('१६ मंसिर २०८३');
    expect(formatBsDay('2024-04-13')).toBe('1 Baisakh 2081');
    expect(formatBsDay('2025-04-13')).toBe('31 Chaitra 2081');
  });

  it('refuses a BS date that does not exist and a year outside the tables', () => {
    expect(isoDateOfBs({ year: 2081, month: 9, day: 30 })).toBeNull(); // Poush 2081 has 29 days
    expect(isoDateOfBs({ year: 2081, month: 13, day: 1 })).toBeNull();
    expect(isoDateOfBs({ year: 2081, month: 1, day: 0 })).toBeNull();
    expect(bsDateOf('1800-01-01')).toBeNull();
    expect(formatBsDay('2500-01-01')).toBeNull();
  });
});
