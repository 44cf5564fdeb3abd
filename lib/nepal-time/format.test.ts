import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatMonthDay, formatShortDate, formatWaitingTime } from './format';

// ICU spells some months differently across versions (Sep or Sept): compare against the day and time.
const month = (text: string) => text.replace(/[A-Z][a-z]{2,3}/, 'MMM');

describe('dates a person reads', () => {
  it('shows an instant on its Nepal day and clock, with the BS date, one minute either side of midnight', () => {
    expect(formatDateTime(new Date('2026-06-14T18:14:00Z'))).toBe('14 Jun 2026 (31 Jestha 2083), 23:59');
    expect(formatDateTime(new Date('2026-06-14T18:15:00Z'))).toBe('15 Jun 2026 (1 Asar 2083), 00:00');
    expect(formatDate(new Date('2026-06-14T18:14:00Z'))).toBe('14 Jun 2026 (31 Jestha 2083)');
    expect(formatDate(new Date('2026-06-14T18:15:00Z'))).toBe('15 Jun 2026 (1 Asar 2083)');
  });

  it('turns the month and the year on Nepal time', () => {
    expect(formatDate(new Date('2026-12-31T18:15:00Z'))).toBe('1 Jan 2027 (17 Poush 2083)');
    expect(month(formatDateTime(new Date('2026-03-31T18:14:00Z')))).toBe('31 MMM 2026 (17 Chaitra 2082), 23:59');
    expect(formatShortDate(new Date('2026-12-31T18:14:00Z'))).toBe('31/12/2026');
    expect(formatShortDate(new Date('2026-12-31T18:15:00Z'))).toBe('01/01/2027');
  });

  it('shows a stored calendar day as that day, whatever the server time zone', () => {
    expect(formatDay('2026-06-05')).toBe('5 Jun 2026 (22 Jestha 2083)');
    expect(formatDay('2027-01-01')).toBe('1 Jan 2027 (17 Poush 2083)');
    expect(month(formatDay('2026-09-30'))).toBe('30 MMM 2026 (14 Asoj 2083)');
    // Past the converter's tables the Gregorian day stands alone.
    expect(formatDay('2040-01-01')).toBe('1 Jan 2040');
    expect(formatMonthDay('2026-06-05')).toBe('06-05');
    expect(formatMonthDay('2026-06-05', 'ne')).toBe('०६-०५');
  });
});

describe('formatWaitingTime', () => {
  it('says minutes, then hours and minutes, then days and hours', () => {
    expect(formatWaitingTime(0)).toBe('0 min');
    expect(formatWaitingTime(-3)).toBe('0 min');
    expect(formatWaitingTime(59.9)).toBe('59 min');
    expect(formatWaitingTime(200)).toBe('3 h 20 min');
    expect(formatWaitingTime(48 * 60 - 1)).toBe('47 h 59 min');
    expect(formatWaitingTime(2 * 1440 + 4 * 60 + 30)).toBe('2 days 4 h');
  });
});

describe('in Nepali', () => {
  it('puts the BS date first, in Devanagari, with the Gregorian day beside it', () => {
    expect(formatDay('2026-12-02', 'ne')).toBe('१६ मंसिर २०८३ (२०२६ डिसेम्बर २)');
    // 23:59 Nepal time on 14 June 2026 is 18:14 UTC.
    expect(formatDateTime(new Date('2026-06-14T18:14:00Z'), 'ne')).toBe('३१ जेठ २०८३ (२०२६ जुन १४), २३:५९');
    expect(formatDay('2040-01-01', 'ne')).toBe('२०४० जनवरी १');
  });

  it('says how long something has waited in Nepali words and digits', () => {
    expect(formatWaitingTime(200, 'ne')).toBe('३ घण्टा २० मिनेट');
    expect(formatWaitingTime(2 * 1440 + 4 * 60, 'ne')).toBe('२ दिन ४ घण्टा');
  });
});
