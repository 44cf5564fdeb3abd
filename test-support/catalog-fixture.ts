import { randomBytes } from 'node:crypto';
import { createCategory, createProduct } from './factories/products';

/**
 * Products made by a test for itself, under a category of its own, so assertions do not depend on
 * the seed and parallel test files do not see each other's rows. Built on factories/products,
 * keyed by brand name for the catalog's search and page tests.
 */
export type FixtureProduct = {
  brandName: string;
  genericName: string;
  strength?: string;
  dosageForm?: string;
  manufacturer?: string;
  pricePaisa: number;
  mrpPaisa?: number;
  requiresPrescription?: boolean;
  active?: boolean;
  keywords?: string;
  /** [expiry date, quantity] per batch. */
  batches?: [string, number][];
};

export type Fixture = { categoryId: number; categorySlug: string; ids: Record<string, number>; slugs: Record<string, string> };

export function uniqueWord(prefix: string): string {
  // Letters only, so full-text tokens and trigram checks treat it as one word.
  const letters = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${prefix}${letters}`;
}

export async function createFixture(items: FixtureProduct[]): Promise<Fixture> {
  const categorySlug = uniqueWord('cat').toLowerCase();
  const category = await createCategory({ slug: categorySlug, name: `Category ${categorySlug}`, sortOrder: 999 });
  const ids: Record<string, number> = {};
  const slugs: Record<string, string> = {};
  for (const item of items) {
    const slug = `${item.brandName}-${item.strength ?? ''}-${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const { batches = [], keywords = '', ...fields } = item;
    const product = await createProduct({
      strength: '500 mg',
      manufacturer: 'Fixture Labs',
      ...fields,
      slug,
      categoryId: category.id,
      searchKeywords: keywords,
      batches: batches.map(([expiryDate, quantity], index) => ({ expiryDate, quantity, batchNumber: `B${index}` })),
    });
    ids[item.brandName] = product.id;
    slugs[item.brandName] = slug;
  }
  return { categoryId: category.id, categorySlug, ids, slugs };
}
