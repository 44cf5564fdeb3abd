import { describe, expect, it } from 'vitest';
import { extractHints } from '@/lib/ocr/hints';
import { nmcNumberField, parseNmcNumber, prescriberNameField } from './nmc';

const accepted = (raw: string) => {
  const parsed = parseNmcNumber(raw);
  return parsed.ok ? parsed.number : null;
};

describe('NMC registration numbers', () => {
  it('accepts 1 to 6 digits with or without an NMC prefix, and keeps digits only', () => {
    expect(accepted('1234')).toBe('1234');
    expect(accepted('7')).toBe('7');
    expect(accepted('123456')).toBe('123456');
    expect(accepted('  NMC 4521 ')).toBe('4521');
    expect(accepted('nmc no. 4521')).toBe('4521');
    expect(accepted('N.M.C. Reg. No: 4521')).toBe('4521');
    expect(accepted('NMC#4521')).toBe('4521');
  });

  it('drops leading zeros so one doctor compares equal however it was written', () => {
    expect(accepted('004521')).toBe('4521');
    expect(accepted('NMC 0004521')).toBe('4521');
    expect(accepted('0')).toBeNull();
    expect(accepted('000')).toBeNull();
  });

  it('refuses letters, spaces inside, more than six digits, signs and empty input', () => {
    for (const bad of ['', '   ', 'NMC', '12a4', '12 34', '1234567', '-1234', '+1234', '12.34', 'NPC 1234', '१२३४', 'NMC 1234 extra']) {
      expect(accepted(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('refuses control and invisible formatting characters', () => {
    for (const bad of ['12\u000034', '1234\n', '\t1234', '12\u001b[31m34', '\u202e4321', '12\u200b34', '\ufeff1234', '12\u007f34']) {
      const parsed = parseNmcNumber(bad);
      expect(parsed.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(parseNmcNumber('12\u000034')).toEqual({ ok: false, message: 'The NMC number contains characters that are not allowed.' });
  });

  it('refuses oversized input before matching it', () => {
    expect(accepted(`NMC ${'0'.repeat(100)}1`)).toBeNull();
    expect(accepted('1'.repeat(100_000))).toBeNull();
  });

  it('as a form field: blank is null, a bad number is a field error, a parsed one parses again unchanged', () => {
    expect(nmcNumberField.parse('')).toBeNull();
    expect(nmcNumberField.parse(undefined)).toBeNull();
    expect(nmcNumberField.parse('NMC 00812')).toBe('812');
    expect(nmcNumberField.parse(nmcNumberField.parse('NMC 00812'))).toBe('812');
    const refused = nmcNumberField.safeParse('12345678');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/1 to 6 digits/);
  });

  it("keeps the prescriber's name plain: trimmed, bounded, no control characters", () => {
    expect(prescriberNameField.parse('  Dr. Sita Sharma ')).toBe('Dr. Sita Sharma');
    expect(prescriberNameField.parse('')).toBeNull();
    expect(prescriberNameField.safeParse('Dr. Sita\u0000 Sharma').success).toBe(false);
    expect(prescriberNameField.safeParse('x'.repeat(121)).success).toBe(false);
  });
});

describe('NMC number hints from OCR', () => {
  it('offers only a number the entry field would accept', () => {
    expect(extractHints('NMC No. 12345').nmcNumber).toBe('12345');
    expect(extractHints('NMC No. 0812').nmcNumber).toBe('812');
    expect(extractHints('NMC Regd. No - 56O7').nmcNumber).toBe('5607');
    expect(extractHints('NMC No. 42').nmcNumber).toBe('42');
    // Seven digits is not a registration number; neither is a zero.
    expect(extractHints('NMC No. 1234567').nmcNumber).toBeNull();
    expect(extractHints('NMC No. 1234567').nmcText).toBeNull();
    expect(extractHints('NMC No. 000').nmcNumber).toBeNull();
  });
});
