import { describe, expect, it } from 'vitest';
import { listingHref, MAX_PAGE, parseListingParams } from './listing-params';
import { MAX_QUERY_LENGTH, normalizeSearchText, prefixTsQuery } from './search-text';

describe('parseListingParams', () => {
  it('falls back to page 1 for a negative, zero or non-numeric page, with a note', () => {
    for (const page of ['-1', '0', 'abc', '1.5', '1e3', '']) {
      const { query, notices } = parseListingParams({ page });
      expect(query.page).toBe(1);
      if (page !== '') expect(notices).toContain('We ignored an invalid page number.');
    }
  });

  it('caps absurdly deep pages', () => {
    expect(parseListingParams({ page: '999999' }).query.page).toBe(MAX_PAGE);
  });

  it('cuts a 5000-character query to the searchable length and says so', () => {
    const { query, notices } = parseListingParams({ q: 'a'.repeat(5000) });
    expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(notices.join(' ')).toMatch(/very long/);
  });

  it('strips markup and SQL punctuation from the query', () => {
    expect(parseListingParams({ q: '<script>alert(1)</script>' }).query.q).toBe('script alert 1 script');
    expect(parseListingParams({ q: "'; drop table products; --" }).query.q).toBe('drop table products');
  });

  it('ignores unknown sort, prescription and malformed category values', () => {
    const { query, notices } = parseListingParams({ sort: 'hack', rx: 'maybe', category: '../etc', q: 'cetamol' });
    expect(query).toMatchObject({ sort: 'relevance', prescription: undefined, category: undefined });
    expect(notices).toHaveLength(3);
  });

  it('reads every filter and sort, swapping an inverted price range', () => {
    const { query, notices } = parseListingParams({ q: 'Cetamol', category: 'pain-fever', rx: 'otc', form: 'Tablet', stock: '1', min: '500', max: '20', sort: 'price-desc', page: '3' });
    expect(notices).toEqual([]);
    expect(query).toEqual({ q: 'cetamol', category: 'pain-fever', prescription: 'otc', dosageForm: 'Tablet', inStockOnly: true, minPricePaisa: 2000, maxPricePaisa: 50000, sort: 'price-desc', page: 3 });
  });

  it('takes the first of repeated parameters and sorts by name when there is no query', () => {
    const { query } = parseListingParams({ category: ['a-one', 'b-two'], sort: 'relevance' });
    expect(query.category).toBe('a-one');
    expect(query.sort).toBe('name');
  });

  it('round-trips through listingHref', () => {
    const { query } = parseListingParams({ q: 'amoxicillin', rx: 'rx', stock: '1', min: '10', sort: 'price-asc', page: '2' });
    const href = listingHref(query);
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseListingParams(params).query).toEqual(query);
  });
});

describe('normalizeSearchText', () => {
  it('keeps letters and digits of any script and drops tsquery operators', () => {
    expect(normalizeSearchText('Cetamol & (500) | !mg:*').tokens).toEqual(['cetamol', '500', 'mg']);
    expect(normalizeSearchText('सिटामोल').tokens).toEqual(['सिटामोल']);
  });

  it('separates strengths and units from words', () => {
    expect(normalizeSearchText('Paracetamol 500mg').words).toEqual(['paracetamol']);
    expect(normalizeSearchText('Paracetamol 500 mg').strengths).toEqual(['500']);
    expect(normalizeSearchText('insulin 2.5 ml').strengths).toEqual(['2.5']);
  });

  it('builds a prefix query from tokens only', () => {
    expect(prefixTsQuery(['parac', '500'])).toBe('parac:* & 500:*');
  });

  it('treats whitespace or punctuation alone as no query', () => {
    expect(normalizeSearchText('  ;;; ').normalized).toBe('');
  });
});
