import { describe, expect, it } from 'vitest';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { noticeKey } from './listing-notices';

describe('listing notices in the reader’s language', () => {
  it('has a message for every note the address parser writes', () => {
    const { notices } = parseListingParams({ q: 'a'.repeat(5000), rx: 'x', min: 'x', max: 'x', sort: 'x', page: 'x', category: '../x', form: '<x>' });
    const { notices: deep } = parseListingParams({ page: '100000' });
    expect(notices.length).toBeGreaterThanOrEqual(7);
    for (const notice of [...notices, ...deep]) expect(noticeKey(notice), notice).not.toBeNull();
  });

  it('has a message for the notes about an unknown category or dosage form', () => {
    expect(noticeKey('We could not find that category, so we are showing all categories.')).toBe('unknownCategory');
    expect(noticeKey('We could not find that dosage form, so we are showing all forms.')).toBe('unknownDosageForm');
  });
});
