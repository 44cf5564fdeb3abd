import { describe, expect, it } from 'vitest';
import { fiscalYearOf, invoiceNumber } from './fiscal-year';

// 1 Shrawan 2082 BS is 17 July 2025; the year before it ends on 32 Asar 2082 (16 July 2025).
describe('the Nepal fiscal year', () => {
  it('starts on 1 Shrawan, Nepal time', () => {
    expect(fiscalYearOf(new Date('2025-07-16T18:14:00Z'))).toBe('2081/82'); // 23:59 on 16 July in Kathmandu
    expect(fiscalYearOf(new Date('2025-07-16T18:15:00Z'))).toBe('2082/83'); // midnight, 17 July in Kathmandu
    expect(fiscalYearOf(new Date('2026-01-01T06:00:00Z'))).toBe('2082/83');
  });

  it('ends with Asar and spans two BS years, the second in two digits', () => {
    expect(fiscalYearOf(new Date('2026-07-15T12:00:00Z'))).toBe('2082/83');
    expect(fiscalYearOf(new Date('2026-07-17T12:00:00Z'))).toBe('2083/84');
    expect(fiscalYearOf(new Date('2032-08-01T12:00:00Z'))).toBe('2089/90');
  });

  it('refuses a date the calendar tables do not cover rather than guess', () => {
    expect(() => fiscalYearOf(new Date('2199-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('numbers invoices within the year, zero-padded', () => {
    expect(invoiceNumber('2082/83', 42)).toBe('2082/83-000042');
    expect(invoiceNumber('2082/83', 1_234_567)).toBe('2082/83-1234567');
  });
});
