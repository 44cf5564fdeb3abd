import { describe, expect, it } from 'vitest';
import { districtsOf, isDistrictOf, PROVINCES } from './nepal';

describe('Nepal geography', () => {
  it('has 7 provinces and 77 distinct districts', () => {
    expect(PROVINCES).toHaveLength(7);
    const all = PROVINCES.flatMap((p) => p.districts);
    expect(all).toHaveLength(77);
    expect(new Set(all).size).toBe(77);
  });

  it('places districts in their province only', () => {
    expect(isDistrictOf('Bagmati', 'Kathmandu')).toBe(true);
    expect(isDistrictOf('Gandaki', 'Kathmandu')).toBe(false);
    expect(districtsOf('Atlantis')).toEqual([]);
  });
});
