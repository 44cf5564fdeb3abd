import { describe, expect, it } from 'vitest';
import { ageInYears, birthDateFromAge, describeAge } from './age';

describe('patient age', () => {
  it('counts whole years, turning on the birthday itself', () => {
    expect(ageInYears('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageInYears('1990-06-15', '2026-06-15')).toBe(36);
  });

  it('says months for babies, "about" for an age given instead of a date, nothing when unknown', () => {
    expect(describeAge('2026-01-20', false, '2026-09-19')).toBe('7 months');
    expect(describeAge('1958-03-01', true, '2026-03-01')).toBe('about 68 years');
    expect(describeAge(null, false, '2026-03-01')).toBeNull();
  });

  it('records an age as the birth date that many years back, even from 29 February', () => {
    expect(birthDateFromAge(68, '2026-03-01')).toBe('1958-03-01');
    expect(birthDateFromAge(1, '2028-02-29')).toBe('2027-02-28');
  });
});
