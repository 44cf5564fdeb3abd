import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { categories } from '@/db/schema';
import { createFixture, type Fixture } from '@/test-support/catalog-fixture';
import { listCategories } from './categories';
import { localizedCategory } from './localized';

let fx: Fixture;

beforeAll(async () => {
  fx = await createFixture([{ brandName: 'Listed', genericName: 'Paracetamol', pricePaisa: 10_00 }]);
});

const ours = async () => (await listCategories(db)).find((c) => c.slug === fx.categorySlug)!;

describe('categories in two languages', () => {
  it('shows the English name and description on Nepali pages while no Nepali is written (a catalog from before 0025 and 0026)', async () => {
    await db.update(categories).set({ description: 'Medicines for testing.', nameNe: null, descriptionNe: null }).where(eq(categories.slug, fx.categorySlug));
    const category = await ours();
    expect(localizedCategory(category, 'ne')).toMatchObject({ name: category.name, description: 'Medicines for testing.' });
  });

  it('shows the Nepali name and description on Nepali pages, and the English on English ones', async () => {
    await db.update(categories).set({ description: 'Medicines for testing.', nameNe: 'परीक्षण', descriptionNe: 'परीक्षणका लागि औषधि।' }).where(eq(categories.slug, fx.categorySlug));
    const category = await ours();
    expect(localizedCategory(category, 'ne')).toMatchObject({ name: 'परीक्षण', description: 'परीक्षणका लागि औषधि।', productCount: 1 });
    expect(localizedCategory(category, 'en')).toMatchObject({ name: category.name, description: 'Medicines for testing.' });
  });

  it('falls back to the English where the Nepali description is left blank', async () => {
    await db.update(categories).set({ description: 'Medicines for testing.', descriptionNe: '  ' }).where(eq(categories.slug, fx.categorySlug));
    expect(localizedCategory(await ours(), 'ne').description).toBe('Medicines for testing.');
  });
});
