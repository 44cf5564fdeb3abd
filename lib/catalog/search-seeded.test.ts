import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { nepalToday } from '@/lib/nepal-time';
import { parseListingParams } from './listing-params';
import { searchProducts } from './search';
import { suggestProducts } from './suggest';

// Against the seeded Nepali catalog: the misspellings shoppers actually type.
const search = (q: string) => searchProducts(db, parseListingParams({ q }).query, nepalToday());

describe('search over the seeded catalog', () => {
  it('finds Paracetamol for "paracetmol" and says so', async () => {
    const result = await search('paracetmol');
    expect(result.mode).toBe('typo');
    expect(result.correctedTo).toBe('paracetamol');
    expect(result.items[0]?.genericName).toMatch(/paracetamol/i);
  });

  it('finds paracetamol for the Nepali brand "sitamol", never salbutamol', async () => {
    for (const q of ['sitamol', 'Sitamol 500', 'sitamoll']) {
      const result = await search(q);
      expect(result.total, q).toBeGreaterThan(0);
      expect(result.correctedTo, q).toMatch(/^paracetamol/);
      expect(result.items.every((i) => /paracetamol/i.test(i.genericName)), q).toBe(true);
      expect(result.items.some((i) => /salbutamol/i.test(i.genericName)), q).toBe(false);
    }
    const suggestions = await suggestProducts(db, 'sitamol');
    expect(suggestions.some((s) => /salbutamol/i.test(s.generic))).toBe(false);
  });

  it('asks "did you mean" instead of turning an unknown word into a different medicine', async () => {
    // Three letters or more from both sitamol (paracetamol) and salbutamol: neither is chosen for the shopper.
    const result = await search('sitabutol');
    expect(result.total).toBe(0);
    expect(result.correctedTo).toBeUndefined();
    expect(result.choices).toContainEqual({ term: 'sitamol', generic: 'paracetamol', q: 'sitamol' });
  });

  it('finds Amoxicillin for "amoxicilin"', async () => {
    const result = await search('amoxicilin');
    expect(result.mode).toBe('typo');
    expect(result.correctedTo).toBe('amoxicillin');
    expect(result.items.slice(0, 3).every((i) => /amoxicillin/i.test(i.genericName))).toBe(true);
  });

  it('finds a brand typed with a typo', async () => {
    const result = await search('calpl');
    expect(result.items[0]?.brandName).toBe('Calpol');
  });

  it('ranks the brand named exactly above products containing the generic', async () => {
    const result = await search('calpol');
    expect(result.mode).toBe('full_text');
    expect(result.items.slice(0, 2).map((i) => i.brandName)).toEqual(['Calpol', 'Calpol']);
  });

  it('finds "paracetamol 500" through the strength', async () => {
    const result = await search('paracetamol 500');
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((i) => /500/.test(i.strength))).toBe(true);
  });

  it('searches category words', async () => {
    const result = await search('antibiotic');
    expect(result.total).toBeGreaterThan(0);
  });

  it('suggests Amoxicillin products for a typo, at most eight', async () => {
    const suggestions = await suggestProducts(db, 'amoxicilin');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(suggestions[0]?.generic).toMatch(/amoxicillin/i);
  });

  it('finds paracetamol for Devanagari and romanised Nepali, never salbutamol', async () => {
    for (const q of ['सिटामोल', 'प्यारासिटामोल', 'sitamol', 'पारासीटामोल', 'प्यारासिटमोल']) {
      const result = await search(q);
      expect(result.total, q).toBeGreaterThanOrEqual(7);
      expect(result.items.every((i) => /paracetamol/i.test(i.genericName)), q).toBe(true);
    }
    const strength = await search('प्यारासिटामोल ६५०');
    expect(strength.items.map((i) => i.brandName).sort()).toEqual(['Calpol', 'Dolo']);
  });

  it('finds other generics written in Devanagari', async () => {
    for (const [q, generic] of [['आइबुप्रोफेन', /ibuprofen/i], ['एमोक्सिसिलिन', /amoxicillin/i], ['सेटिरिजिन', /cetirizine/i], ['मेटफर्मिन', /metformin/i], ['ओमेप्राजोल', /^omeprazole/i]] as const) {
      const result = await search(q);
      expect(result.total, q).toBeGreaterThan(0);
      expect(result.items.every((i) => generic.test(i.genericName)), q).toBe(true);
    }
  });

  it('suggests paracetamol products as a shopper types in Devanagari', async () => {
    for (const q of ['प्यारासिटामोल', 'सिटामोल']) {
      const suggestions = await suggestProducts(db, q);
      expect(suggestions.length, q).toBeGreaterThan(0);
      expect(suggestions.every((s) => /paracetamol/i.test(s.generic)), q).toBe(true);
    }
  });
});
