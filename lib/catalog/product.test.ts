import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, products } from '@/db/schema';
import { localizedProduct } from './localized';
import { findAlternatives, findProductBySlug } from './product';
import { suggestProducts } from './suggest';
import { createFixture, uniqueWord, type Fixture } from '@/test-support/catalog-fixture';

const TODAY = '2026-06-15';
const generic = uniqueWord('Quinoxate');
let fx: Fixture;

beforeAll(async () => {
  fx = await createFixture([
    { brandName: 'Viewed', genericName: generic, strength: '250 mg', pricePaisa: 60_00, mrpPaisa: 75_00, batches: [['2027-01-01', 3]] },
    { brandName: 'Cheaper Out', genericName: generic, strength: '250 mg', pricePaisa: 40_00 },
    { brandName: 'Cheaper In', genericName: generic, strength: '250 mg', pricePaisa: 40_00, batches: [['2027-01-01', 9]] },
    { brandName: 'Cheapest', genericName: generic, strength: '250 mg', pricePaisa: 20_00, batches: [['2027-01-01', 50]] },
    { brandName: 'Dearer', genericName: generic, strength: '250 mg', pricePaisa: 90_00 },
    { brandName: 'Other Strength', genericName: generic, strength: '500 mg', pricePaisa: 10_00 },
    { brandName: 'Withdrawn', genericName: generic, strength: '250 mg', pricePaisa: 5_00, active: false },
  ]);
});

describe('findProductBySlug', () => {
  it('returns every field the page shows, with stock from unexpired batches', async () => {
    const product = await findProductBySlug(db, fx.slugs['Viewed']!, TODAY);
    expect(product).toMatchObject({ brandName: 'Viewed', genericName: generic, strength: '250 mg', pricePaisa: 60_00, mrpPaisa: 75_00, categorySlug: fx.categorySlug, stock: { status: 'low_stock', available: 3 } });
    expect(product).toHaveProperty('description');
    expect(product).not.toHaveProperty('reorderLevel');
  });

  it('gives a Nepali page the Nepali leaflet and category name, and the English where the Nepali is empty', async () => {
    const slug = fx.slugs['Dearer']!;
    await db.update(products).set({ description: 'Eases pain.', usage: 'One tablet.', warnings: 'Not with alcohol.', descriptionNe: 'दुखाइ कम गर्छ।', usageNe: '', warningsNe: null }).where(eq(products.slug, slug));
    await db.update(categories).set({ nameNe: 'परीक्षण' }).where(eq(categories.slug, fx.categorySlug));
    const product = (await findProductBySlug(db, slug, TODAY))!;
    const english = { description: 'Eases pain.', usage: 'One tablet.', warnings: 'Not with alcohol.' };
    expect(localizedProduct(product, 'ne')).toMatchObject({ ...english, description: 'दुखाइ कम गर्छ।', categoryName: 'परीक्षण' });
    expect(localizedProduct(product, 'en')).toMatchObject({ ...english, categoryName: product.categoryName });
    expect(product.categoryName).not.toBe('परीक्षण');
  });

  it('returns null for an unknown or inactive slug', async () => {
    expect(await findProductBySlug(db, 'no-such-product-anywhere', TODAY)).toBeNull();
    expect(await findProductBySlug(db, fx.slugs['Withdrawn']!, TODAY)).toBeNull();
  });
});

describe('findAlternatives', () => {
  it('lists the same generic and strength, cheapest first, in stock first at a tie, with the saving', async () => {
    const viewed = (await findProductBySlug(db, fx.slugs['Viewed']!, TODAY))!;
    const alternatives = await findAlternatives(db, viewed, TODAY);
    expect(alternatives.map((a) => a.brandName)).toEqual(['Cheapest', 'Cheaper In', 'Cheaper Out', 'Dearer']);
    expect(alternatives.map((a) => a.savingPaisa)).toEqual([40_00, 20_00, 20_00, 0]);
  });
});

describe('suggestProducts', () => {
  it('suggests at most eight products by prefix', async () => {
    const suggestions = await suggestProducts(db, generic.slice(0, 6));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(suggestions[0]).toEqual(expect.objectContaining({ generic, slug: expect.any(String), name: expect.any(String), strength: expect.any(String) }));
  });

  it('tolerates a typo', async () => {
    const typo = generic.slice(0, 3) + generic.slice(4);
    const suggestions = await suggestProducts(db, typo);
    expect(suggestions.map((s) => s.generic)).toContain(generic);
  });

  it('suggests nothing for one character', async () => {
    expect(await suggestProducts(db, 'q')).toEqual([]);
  });
});
