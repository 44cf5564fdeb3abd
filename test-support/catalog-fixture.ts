import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/connection';

/**
 * Products made by a test for itself, under a category of its own, so assertions do not depend on
 * the seed and parallel test files do not see each other's rows.
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

export async function createFixture(db: Database, items: FixtureProduct[]): Promise<Fixture> {
  const categorySlug = uniqueWord('cat').toLowerCase();
  const [category] = (await db.execute(sql`insert into categories (slug, name, sort_order) values (${categorySlug}, ${`Category ${categorySlug}`}, 999) returning id`)) as unknown as { id: number }[];
  const categoryId = category!.id;
  const ids: Record<string, number> = {};
  const slugs: Record<string, string> = {};
  for (const item of items) {
    const slug = `${item.brandName}-${item.strength ?? ''}-${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const [row] = (await db.execute(sql`insert into products (slug, brand_name, generic_name, strength, dosage_form, pack_size, manufacturer, category_id,
        price_paisa, mrp_paisa, requires_prescription, active, search_keywords)
      values (${slug}, ${item.brandName}, ${item.genericName}, ${item.strength ?? '500 mg'}, ${item.dosageForm ?? 'Tablet'}, '10 tablets',
        ${item.manufacturer ?? 'Fixture Labs'}, ${categoryId}, ${item.pricePaisa}, ${item.mrpPaisa ?? item.pricePaisa}, ${item.requiresPrescription ?? false},
        ${item.active ?? true}, ${item.keywords ?? ''})
      returning id`)) as unknown as { id: number }[];
    ids[item.brandName] = row!.id;
    slugs[item.brandName] = slug;
    for (const [index, [expiry, quantity]] of (item.batches ?? []).entries()) {
      await db.execute(sql`insert into inventory_batches (product_id, batch_number, expiry_date, quantity) values (${row!.id}, ${`B${index}`}, ${expiry}::date, ${quantity})`);
    }
  }
  return { categoryId, categorySlug, ids, slugs };
}
