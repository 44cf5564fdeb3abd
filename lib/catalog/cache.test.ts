import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({ revalidated: [] as [string, unknown][], cached: [] as { key: string[]; tags: string[]; revalidate?: number }[] }));

vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => recorded.revalidated.push([tag, profile]),
  // Record the tags each read is cached under and run it uncached.
  unstable_cache: (fn: () => Promise<unknown>, key: string[], options: { tags: string[]; revalidate?: number }) => {
    recorded.cached.push({ key, tags: options.tags, revalidate: options.revalidate });
    return fn;
  },
}));

const { revalidateCatalog, revalidateProduct } = await import('./cache');
const tags = await import('./cache-tags');
const { getAlternatives, getListing, getProductPage, getSuggestions } = await import('./queries');
const { parseListingParams } = await import('./listing-params');
const { createFixture, uniqueWord } = await import('@/test-support/catalog-fixture');
const { secondsUntilNepalMidnight } = await import('@/lib/nepal-time');

const generic = uniqueWord('Cachemycin');
let ids: Record<string, number>;
let slugs: Record<string, string>;

beforeAll(async () => {
  ({ ids, slugs } = await createFixture([
    { brandName: 'Changed', genericName: generic, strength: '10 mg', pricePaisa: 50_00, batches: [['2099-01-01', 5]] },
    { brandName: 'Sibling', genericName: generic, strength: '10 mg', pricePaisa: 40_00 },
    { brandName: 'Unrelated', genericName: uniqueWord('Otherine'), strength: '10 mg', pricePaisa: 40_00 },
  ]));
});

beforeEach(() => {
  recorded.revalidated.length = 0;
  recorded.cached.length = 0;
});

/** Tags of every cached entry a render touched, after running `render`. */
async function tagsTouchedBy(render: () => Promise<unknown>): Promise<string[][]> {
  recorded.cached.length = 0;
  await render();
  return recorded.cached.map((c) => c.tags);
}

const expired = () => recorded.revalidated.map(([tag]) => tag);
const hits = (entryTags: string[][], expiredTags: string[]) => entryTags.filter((entry) => entry.some((t) => expiredTags.includes(t))).length;

describe('revalidateProduct', () => {
  it('expires the product, its slug, its alternatives group and price listings on a price change, at once', async () => {
    await revalidateProduct(ids['Changed']!, 'price');
    expect(expired().sort()).toEqual(
      [tags.productTag(ids['Changed']!), tags.productSlugTag(slugs['Changed']!), tags.alternativesTag(generic, '10 mg'), tags.PRICE_LISTINGS_TAG].sort(),
    );
    expect(recorded.revalidated.every(([, profile]) => JSON.stringify(profile) === JSON.stringify({ expire: 0 }))).toBe(true);
  });

  it('resolves a slug to the same tags as the id', async () => {
    await revalidateProduct(slugs['Changed']!, 'stock');
    const bySlug = expired();
    recorded.revalidated.length = 0;
    await revalidateProduct(ids['Changed']!, 'stock');
    expect(expired()).toEqual(bySlug);
    expect(bySlug).toContain(tags.STOCK_LISTINGS_TAG);
    expect(bySlug).not.toContain(tags.PRICE_LISTINGS_TAG);
  });

  it('expires listings, suggestions and all product pages only for a change of details', async () => {
    await revalidateProduct(ids['Changed']!);
    expect(expired()).toEqual(expect.arrayContaining([tags.LISTINGS_TAG, tags.SUGGEST_TAG, tags.PRODUCT_PAGES_TAG]));
    recorded.revalidated.length = 0;
    await revalidateProduct(ids['Changed']!, 'price');
    expect(expired()).not.toContain(tags.LISTINGS_TAG);
    expect(expired()).not.toContain(tags.SUGGEST_TAG);
  });

  it('revalidateCatalog expires the tag every catalog read carries', () => {
    revalidateCatalog();
    expect(expired()).toEqual([tags.CATALOG_TAG]);
  });
});

describe('cached reads carry the tags a change expires', () => {
  it('a price change reaches the product page, its sibling’s alternatives and price-sorted listings, not an unrelated page', async () => {
    const changedPage = await tagsTouchedBy(async () => getAlternatives((await getProductPage(slugs['Changed']!))!));
    const siblingPage = await tagsTouchedBy(async () => getAlternatives((await getProductPage(slugs['Sibling']!))!));
    const unrelatedPage = await tagsTouchedBy(() => getProductPage(slugs['Unrelated']!));
    const byPrice = await tagsTouchedBy(() => getListing(parseListingParams({ q: generic, sort: 'price-asc' }).query));
    const byName = await tagsTouchedBy(() => getListing(parseListingParams({ sort: 'name', category: 'no-such' }).query));

    await revalidateProduct(ids['Changed']!, 'price');
    const gone = expired();
    expect(hits(changedPage, gone)).toBeGreaterThan(0);
    // The sibling lists "Changed" as an alternative: its group order and the card both expire.
    expect(hits(siblingPage, gone)).toBeGreaterThanOrEqual(2);
    expect(hits(byPrice, gone)).toBeGreaterThan(0);
    expect(hits(unrelatedPage, gone)).toBe(0);
    expect(hits(byName, gone)).toBe(0);
  });

  it('keys stock-bearing reads by the date so expiry at midnight needs no revalidation', async () => {
    await getProductPage(slugs['Changed']!);
    expect(recorded.cached[0]?.key).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]));
  });

  it('ends stock-bearing reads at Nepal midnight, so the cached pages that show them (keyed without the date) end then too', async () => {
    const product = await getProductPage(slugs['Changed']!);
    await getAlternatives(product!);
    await getListing(parseListingParams({ q: generic }).query);
    const left = secondsUntilNepalMidnight();
    const dated = recorded.cached.filter((entry) => entry.key.some((part) => /^\d{4}-\d{2}-\d{2}$/.test(part)));
    expect(dated.length).toBeGreaterThanOrEqual(4);
    for (const entry of dated) {
      expect(entry.revalidate, entry.key.join(' ')).toBeLessThanOrEqual(Math.min(3600, left));
      expect(entry.revalidate, entry.key.join(' ')).toBeGreaterThanOrEqual(Math.min(3600, left - 5));
    }
  });

  it('tags suggestions so only a change of details expires them', async () => {
    const suggest = await tagsTouchedBy(() => getSuggestions(generic.toLowerCase()));
    await revalidateProduct(ids['Changed']!, 'stock');
    expect(hits(suggest, expired())).toBe(0);
    await revalidateProduct(ids['Changed']!, 'details');
    expect(hits(suggest, expired())).toBeGreaterThan(0);
  });
});
