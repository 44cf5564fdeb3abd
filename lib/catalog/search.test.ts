import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { parseListingParams, PAGE_SIZE } from './listing-params';
import { searchProducts } from './search';
import { createFixture, uniqueWord, type Fixture } from '@/test-support/catalog-fixture';

const TODAY = '2026-06-15';
const FUTURE = '2027-01-01';
const PAST = '2026-06-14';

// Invented names, unique per run, so the seed and other test files cannot interfere.
const generic = uniqueWord('zorbamycin');
const brand = uniqueWord('Kelvo');
let fx: Fixture;

const search = (params: Record<string, string>) => searchProducts(db, parseListingParams({ category: fx.categorySlug, ...params }).query, TODAY);
const names = (r: { items: { brandName: string }[] }) => r.items.map((i) => i.brandName);

beforeAll(async () => {
  fx = await createFixture([
    // A brand whose name is the query must beat products that only carry it as their generic.
    { brandName: `${brand}`, genericName: 'Othercillin', pricePaisa: 50_00, batches: [[FUTURE, 40]] },
    { brandName: `Alpha ${generic}`, genericName: generic, pricePaisa: 12_00, batches: [[FUTURE, 5]] },
    { brandName: 'Betamax', genericName: generic, pricePaisa: 30_00, requiresPrescription: true, dosageForm: 'Syrup', batches: [[PAST, 100]] },
    { brandName: 'Gammadol', genericName: generic, pricePaisa: 8_00, manufacturer: brand, batches: [[FUTURE, 20], [PAST, 30]] },
    { brandName: 'Deltaprofen', genericName: `${generic} + caffeine`, pricePaisa: 99_00, requiresPrescription: true, dosageForm: 'Capsule' },
    { brandName: 'Hidden', genericName: generic, pricePaisa: 1_00, active: false, batches: [[FUTURE, 10]] },
  ]);
});

describe('ranking', () => {
  it('puts an exact brand match above products that only mention the word elsewhere', async () => {
    const result = await search({ q: brand });
    expect(result.mode).toBe('full_text');
    expect(names(result)[0]).toBe(brand);
    expect(names(result)).toContain('Gammadol'); // matched through its manufacturer
  });

  it('finds every product of a generic by full text, never the inactive one', async () => {
    const result = await search({ q: generic });
    expect(result.mode).toBe('full_text');
    expect(result.total).toBe(4);
    expect(names(result)[0]).toBe(`Alpha ${generic}`); // brand starts with the query
    expect(names(result)).not.toContain('Hidden');
  });

  it('falls back to trigram similarity for a misspelling and says what it searched for', async () => {
    const typo = generic.slice(0, 4) + generic.slice(5); // one letter dropped
    const result = await search({ q: typo });
    expect(result.mode).toBe('typo');
    expect(result.total).toBeGreaterThanOrEqual(4);
    expect(result.correctedTo?.toLowerCase()).toContain(generic.toLowerCase());
  });

  it('corrects a misspelt brand to the brand', async () => {
    const typo = brand.slice(0, 5) + brand.slice(6);
    const result = await search({ q: typo });
    expect(result.mode).toBe('typo');
    expect(names(result)[0]).toBe(brand);
    expect(result.correctedTo).toBe(brand.toLowerCase());
  });

  it('asks which medicine was meant when a typo is as close to two ingredients, and searches neither', async () => {
    const stem = uniqueWord('vorta');
    const ambiguous = await createFixture([
      { brandName: `Brand ${stem}lin`, genericName: `${stem}lin`, pricePaisa: 10_00 },
      { brandName: `Brand ${stem}lon`, genericName: `${stem}lon`, pricePaisa: 10_00 },
    ]);
    const result = await searchProducts(db, parseListingParams({ category: ambiguous.categorySlug, q: `${stem}len 500` }).query, TODAY);
    expect(result.total).toBe(0);
    expect(result.correctedTo).toBeUndefined();
    expect(result.choices?.map((c) => c.term).sort()).toEqual([`${stem}lin`, `${stem}lon`].map((t) => t.toLowerCase()));
    expect(result.choices?.map((c) => c.q)).toContain(`${stem.toLowerCase()}lin 500`);
  });

  it('matches a number in the query against the strength', async () => {
    const result = await search({ q: `${generic} 500mg` });
    expect(result.total).toBe(4);
    expect((await search({ q: `${generic} 250` })).total).toBe(0);
  });

  it('corrects a misspelt word and keeps the strength', async () => {
    const typo = generic.slice(0, 4) + generic.slice(5);
    const result = await search({ q: `${typo} 500` });
    expect(result.mode).toBe('typo');
    expect(result.correctedTo).toBe(`${generic.toLowerCase()} 500`);
  });

  it('returns an empty result, not an error, for nonsense and for SQL or markup', async () => {
    for (const q of ['qqqqxxxzzz', "'; drop table products; --", '<img src=x onerror=alert(1)>', 'a'.repeat(5000)]) {
      const result = await search({ q });
      expect(result.total).toBe(0);
      expect(result.items).toEqual([]);
    }
  });
});

describe('filters', () => {
  it('filters prescription-only and over-the-counter', async () => {
    expect(names(await search({ rx: 'rx' })).sort()).toEqual(['Betamax', 'Deltaprofen']);
    expect(names(await search({ rx: 'otc' })).sort()).toEqual([`Alpha ${generic}`, brand, 'Gammadol'].sort());
  });

  it('filters by dosage form, case-insensitively', async () => {
    expect(names(await search({ form: 'syrup' }))).toEqual(['Betamax']);
  });

  it('keeps only products with unexpired stock when asked', async () => {
    expect(names(await search({ stock: '1' })).sort()).toEqual([`Alpha ${generic}`, brand, 'Gammadol'].sort());
  });

  it('filters by a price range in rupees, inclusive', async () => {
    expect(names(await search({ min: '8', max: '12', sort: 'price-asc' }))).toEqual(['Gammadol', `Alpha ${generic}`]);
  });

  it('filters by category', async () => {
    const result = await search({});
    expect(result.total).toBe(5);
    expect(result.items.every((i) => i.categorySlug === fx.categorySlug)).toBe(true);
  });

  it('combines a query with filters', async () => {
    expect(names(await search({ q: generic, rx: 'otc', stock: '1' })).sort()).toEqual([`Alpha ${generic}`, 'Gammadol']);
  });
});

describe('sorting', () => {
  it('sorts by price both ways and by name', async () => {
    expect(names(await search({ sort: 'price-asc' }))).toEqual(['Gammadol', `Alpha ${generic}`, 'Betamax', brand, 'Deltaprofen']);
    expect(names(await search({ sort: 'price-desc' }))).toEqual(['Deltaprofen', brand, 'Betamax', `Alpha ${generic}`, 'Gammadol']);
    expect(names(await search({ sort: 'name' }))).toEqual([`Alpha ${generic}`, 'Betamax', 'Deltaprofen', 'Gammadol', brand].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});

describe('pagination', () => {
  let many: Fixture;
  beforeAll(async () => {
    const word = uniqueWord('pagina');
    many = await createFixture(Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({ brandName: `${word} ${String(i).padStart(2, '0')}`, genericName: word, pricePaisa: 100 + i })));
  });
  const page = (p: string) => searchProducts(db, parseListingParams({ category: many.categorySlug, page: p }).query, TODAY);

  it('shows 24 a page with the total and the page count', async () => {
    const first = await page('1');
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.total).toBe(PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
  });

  it('shows the remainder on the last page', async () => {
    const last = await page('2');
    expect(last.items).toHaveLength(5);
    expect(last.items[0]?.brandName).toMatch(/ 24$/);
  });

  it('keeps the total on a page past the end, with no items', async () => {
    const past = await page('7');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(PAGE_SIZE + 5);
  });

  it('treats page=-1 and page=abc as the first page', async () => {
    expect((await page('-1')).items[0]?.id).toBe((await page('1')).items[0]?.id);
    expect((await page('abc')).page).toBe(1);
  });
});
