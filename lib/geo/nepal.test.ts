import { describe, expect, it } from 'vitest';
import { districtsOf, isDistrictOf, placeName, PROVINCES } from './nepal';

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

  it('names every province and district in Devanagari on Nepali pages, and as stored on English ones', () => {
    // Devanagari letters and signs, with the spaces and brackets of "रुकुम पूर्व" or "परासी (नवलपरासी पश्चिम)".
    const devanagari = /^[\p{Script=Devanagari}][\p{Script=Devanagari} ()]*$/u;
    const names = [...PROVINCES.map((p) => p.name), ...PROVINCES.flatMap((p) => p.districts)];
    expect(names).toHaveLength(84);
    for (const name of names) {
      expect(placeName('ne', name), name).toMatch(devanagari);
      expect(placeName('en', name)).toBe(name);
    }
    expect(new Set(names.map((name) => placeName('ne', name))).size).toBe(84);
  });

  it('uses the official spellings', () => {
    const official = { Kathmandu: 'काठमाडौं', Lalitpur: 'ललितपुर', Bhaktapur: 'भक्तपुर', Kaski: 'कास्की', Morang: 'मोरङ', Rupandehi: 'रूपन्देही', 'Rukum East': 'रुकुम पूर्व', Kanchanpur: 'कञ्चनपुर', Koshi: 'कोशी', Sudurpashchim: 'सुदूरपश्चिम' };
    for (const [english, nepali] of Object.entries(official)) expect(placeName('ne', english)).toBe(nepali);
  });

  it('shows a name it does not know as stored', () => {
    expect(placeName('ne', 'Nawalparasi')).toBe('Nawalparasi');
    expect(placeName('ne', 'toString')).toBe('toString');
  });
});
