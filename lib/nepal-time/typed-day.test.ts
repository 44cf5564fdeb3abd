import { describe, expect, it } from 'vitest';
import { readTypedDay } from './typed-day';

describe('readTypedDay', () => {
  it('reads a BS day (16 Mangsir 2083 is 2 December 2026) and a Gregorian day', () => {
    expect(readTypedDay('2083-08-16')).toBe('2026-12-02');
    expect(readTypedDay(' 2083/8/16 ')).toBe('2026-12-02');
    expect(readTypedDay('२०८३-०८-१६')).toBe('2026-12-02');
    expect(readTypedDay('2026-12-02')).toBe('2026-12-02');
    expect(readTypedDay('2026/1/5')).toBe('2026-01-05');
  });

  it('refuses days that do not exist, other shapes and odd characters', () => {
    expect(readTypedDay('2083-08-30')).toBeNull(); // Mangsir 2083 has 29 days.
    expect(readTypedDay('2026-02-30')).toBeNull();
    expect(readTypedDay('2083-13-01')).toBeNull();
    expect(readTypedDay('16/08/2083')).toBeNull();
    expect(readTypedDay('2083-08-16\u0000')).toBeNull();
    expect(readTypedDay('2083-08-16; drop table')).toBeNull();
    expect(readTypedDay('')).toBeNull();
    expect(readTypedDay('9'.repeat(10_000))).toBeNull();
  });
});
