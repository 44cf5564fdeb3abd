import { sql } from 'drizzle-orm';
import { categories, inventoryBatches, products, stockMovements } from '@/db/schema';
import { factoryDatabase } from './database';
import { uniqueTag } from './unique';

export async function createCategory(overrides: Partial<typeof categories.$inferInsert> = {}): Promise<{ id: number; slug: string }> {
  const db = await factoryDatabase();
  const tag = uniqueTag();
  const [row] = await db
    .insert(categories)
    .values({ slug: `test-${tag}`, name: `Test ${tag}`, ...overrides })
    .returning({ id: categories.id, slug: categories.slug });
  return row!;
}

export type BatchOverrides = { quantity?: number; expiryDate?: string; batchNumber?: string; costPaisa?: number | null };

/** A received batch with its ledger row, as receiving stock leaves it. */
export async function createBatch(productId: number, overrides: BatchOverrides = {}): Promise<number> {
  const db = await factoryDatabase();
  const quantity = overrides.quantity ?? 10;
  const [batch] = await db
    .insert(inventoryBatches)
    .values({ productId, batchNumber: overrides.batchNumber ?? `B-${uniqueTag()}`, expiryDate: overrides.expiryDate ?? '2099-12-31', quantity, costPaisa: overrides.costPaisa ?? null })
    .returning({ id: inventoryBatches.id });
  if (quantity > 0) await db.insert(stockMovements).values({ productId, batchId: batch!.id, quantityChange: quantity, reason: 'receive' });
  return batch!.id;
}

export type ProductOverrides = Partial<Omit<typeof products.$inferInsert, 'id' | 'searchVector'>> & {
  /** Batches to receive; one of 10 units expiring in 2099 unless given (`[]` for none). */
  batches?: BatchOverrides[];
};

export type TestProduct = { id: number; slug: string; brandName: string; genericName: string; pricePaisa: number; categoryId: number; batchIds: number[] };

/** A product of the test's own (in a category of its own unless given), with stock. */
export async function createProduct(overrides: ProductOverrides = {}): Promise<TestProduct> {
  const db = await factoryDatabase();
  const { batches = [{}], ...fields } = overrides;
  const tag = uniqueTag();
  const price = fields.pricePaisa ?? 10_000;
  const [product] = await db
    .insert(products)
    .values({
      slug: `test-product-${tag}`,
      brandName: `Testol ${tag}`,
      genericName: 'Testamol',
      strength: '500 mg',
      dosageForm: 'Tablet',
      packSize: '10 tablets',
      manufacturer: 'Test Labs',
      pricePaisa: price,
      mrpPaisa: price,
      maxPerOrder: 10,
      ...fields,
      categoryId: fields.categoryId ?? (await createCategory()).id,
    })
    .returning({ id: products.id, slug: products.slug, brandName: products.brandName, genericName: products.genericName, pricePaisa: products.pricePaisa, categoryId: products.categoryId });
  const batchIds: number[] = [];
  for (const [i, batch] of batches.entries()) batchIds.push(await createBatch(product!.id, { batchNumber: `B${i}-${tag}`, ...batch }));
  return { ...product!, batchIds };
}

/** A prescription-only product of the seeded catalog that has stock, by generic name. */
export async function seededRxProduct(generic = 'Amoxicillin'): Promise<{ id: number; slug: string; brandName: string }> {
  const db = await factoryDatabase();
  const rows = (await db.execute(sql`
    select p.id, p.slug, p.brand_name from products p
    where p.generic_name = ${generic} and p.requires_prescription and p.active
      and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 20
    order by p.id limit 1`)) as unknown as { id: number; slug: string; brand_name: string }[];
  if (!rows[0]) throw new Error(`No stocked prescription-only ${generic} in the seed`);
  return { id: rows[0].id, slug: rows[0].slug, brandName: rows[0].brand_name };
}
