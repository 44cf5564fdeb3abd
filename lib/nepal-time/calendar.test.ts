import { describe, expect, it } from 'vitest';
import { addDays, hasDayPassed, isIsoDate, nepalDateOf, nepalDayEnd, nepalDayStart, nepalTimestamp, nepalToday, orderNumberDate, secondsUntilNepalMidnight } from './calendar';

describe('nepalToday', () => {
  it('turns the day at 00:00 in Kathmandu, which is 18:15 UTC the evening before', () => {
    expect(nepalToday(new Date('2026-06-14T18:14:59.999Z'))).toBe('2026-06-14');
    expect(nepalToday(new Date('2026-06-14T18:15:00Z'))).toBe('2026-06-15');
  });

  it('crosses month and year ends on Nepal time, not UTC', () => {
    expect(nepalDateOf(new Date('2026-01-31T18:15:00Z'))).toBe('2026-02-01');
    expect(nepalDateOf(new Date('2026-12-31T18:14:00Z'))).toBe('2026-12-31');
    expect(nepalDateOf(new Date('2026-12-31T18:15:00Z'))).toBe('2027-01-01');
    expect(nepalDateOf(new Date('2028-02-28T18:15:00Z'))).toBe('2028-02-29');
  });
});

describe('Nepal day boundaries', () => {
  it('a day runs from 18:15 UTC the evening before up to, not including, 18:15 UTC that evening', () => {
    expect(nepalDayStart('2026-06-15').toISOString()).toBe('2026-06-14T18:15:00.000Z');
    expect(nepalDayEnd('2026-06-15').toISOString()).toBe('2026-06-15T18:15:00.000Z');
    expect(nepalDateOf(nepalDayStart('2026-06-15'))).toBe('2026-06-15');
    expect(nepalDateOf(new Date(nepalDayEnd('2026-06-15').getTime() - 1))).toBe('2026-06-15');
    expect(nepalDateOf(nepalDayEnd('2026-06-15'))).toBe('2026-06-16');
  });

  it('counts the seconds left until the next Nepal day, never fewer than one', () => {
    expect(secondsUntilNepalMidnight(new Date('2026-06-15T18:14:30.000Z'))).toBe(30);
    expect(secondsUntilNepalMidnight(new Date('2026-06-15T18:14:59.500Z'))).toBe(1);
    // Just after midnight in Kathmandu: a whole day.
    expect(secondsUntilNepalMidnight(new Date('2026-06-15T18:15:00.000Z'))).toBe(86_400);
    expect(secondsUntilNepalMidnight(new Date('2026-06-15T06:15:00.000Z'))).toBe(12 * 3600);
  });

  it('the first day of a year starts on the last evening of the one before', () => {
    expect(nepalDayStart('2027-01-01').toISOString()).toBe('2026-12-31T18:15:00.000Z');
    expect(nepalDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T18:15:00.000Z');
  });
});

describe('nepalTimestamp', () => {
  it('writes the instant on the Nepal clock with its offset, so it parses back to the same instant', () => {
    expect(nepalTimestamp(new Date('2026-06-14T18:15:00Z'))).toBe('2026-06-15T00:00:00+05:45');
    expect(nepalTimestamp(new Date('2026-12-31T18:14:59.900Z'))).toBe('2026-12-31T23:59:59+05:45');
    expect(new Date(nepalTimestamp(new Date('2026-06-14T18:15:00Z'))).toISOString()).toBe('2026-06-14T18:15:00.000Z');
  });
});

describe('addDays', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-06-15', -29)).toBe('2026-05-17');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-06-15')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-6-15', '15/06/2026', '2026-06-15T00:00', '']) expect(isIsoDate(bad)).toBe(false);
  });
});

describe('hasDayPassed', () => {
  it('an expiry or validity day is good through its end in Nepal', () => {
    expect(hasDayPassed('2026-06-14', '2026-06-14')).toBe(false);
    expect(hasDayPassed('2026-06-14', '2026-06-15')).toBe(true);
    expect(hasDayPassed('2026-12-31', '2027-01-01')).toBe(true);
    // 23:59 in Kathmandu on the expiry day, then 00:00 the next.
    expect(hasDayPassed('2026-06-14', nepalToday(new Date('2026-06-14T18:14:00Z')))).toBe(false);
    expect(hasDayPassed('2026-06-14', nepalToday(new Date('2026-06-14T18:15:00Z')))).toBe(true);
  });
});

describe('orderNumberDate', () => {
  it('is the Nepal day as YYMMDD, so an order placed after midnight in Kathmandu carries the new date', () => {
    expect(orderNumberDate(new Date('2026-11-22T10:00:00Z'))).toBe('261122');
    expect(orderNumberDate(new Date('2026-11-22T18:14:00Z'))).toBe('261122');
    expect(orderNumberDate(new Date('2026-11-22T18:15:00Z'))).toBe('261123');
  });
});
