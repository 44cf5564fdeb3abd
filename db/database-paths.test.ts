import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { categories, inventoryBatches, products } from './schema';

const realServer = process.env.TEST_SERVER_URL;

async function exercise(scratch: ScratchDatabase) {
  const { db } = scratch;
  const [category] = await db.insert(categories).values({ slug: 'pain', name: 'Pain and fever' }).returning();
  const [product] = await db
    .insert(products)
    .values({
      slug: 'cetamol-500',
      brandName: 'Cetamol',
      genericName: 'Paracetamol',
      strength: '500 mg',
      dosageForm: 'Tablet',
      packSize: '10 tablets',
      manufacturer: 'Nepal Pharmaceuticals Lab',
      categoryId: category!.id,
      pricePaisa: 2000,
      mrpPaisa: 2200,
    })
    .returning();
  const [batch] = await db.insert(inventoryBatches).values({ productId: product!.id, batchNumber: 'B1', expiryDate: '2030-01-01', quantity: 10 }).returning();

  // The migrations created pg_trgm and the generated search vector.
  const typo = await db.execute(sql`select similarity(lower(brand_name), 'cetamool') as score, search_vector::text as vector from products`);
  expect(Number((typo as unknown as Array<{ score: number }>)[0]!.score)).toBeGreaterThan(0.4);
  expect(String((typo as unknown as Array<{ vector: string }>)[0]!.vector)).toContain("'paracetamol'");

  // Concurrent reservations through row locks never oversell.
  const attempts = Array.from({ length: 30 }, () =>
    db.transaction(async (tx) => {
      const [row] = await tx.execute(sql`select quantity from inventory_batches where id = ${batch!.id} for update`) as unknown as Array<{ quantity: number }>;
      if (row!.quantity < 1) return false;
      await tx.update(inventoryBatches).set({ quantity: sql`${inventoryBatches.quantity} - 1` }).where(sql`id = ${batch!.id}`);
      return true;
    }),
  );
  const results = await Promise.all(attempts);
  expect(results.filter(Boolean)).toHaveLength(10);
  const [after] = await db.select({ quantity: inventoryBatches.quantity }).from(inventoryBatches);
  expect(after!.quantity).toBe(0);

  // CHECK constraints hold on both engines.
  await expect(db.update(inventoryBatches).set({ quantity: -1 })).rejects.toThrow();
}

describe('database paths', () => {
  // Migrating in WebAssembly takes ~10 s on an idle 2-core machine and several times that under load.
  it('the embedded PGlite database migrates, searches and locks rows', async () => {
    const scratch = await createScratchDatabase({ embedded: true });
    try {
      expect(scratch.embedded).toBe(true);
      await exercise(scratch);
    } finally {
      await scratch.drop();
    }
  }, 120_000);

  // Registered only when the run has a real server (DATABASE_URL), as on CI.
  if (realServer) it('a real PostgreSQL server migrates, searches and locks rows', async () => {
    const scratch = await createScratchDatabase({ serverUrl: realServer });
    try {
      expect(scratch.embedded).toBe(false);
      await exercise(scratch);
    } finally {
      await scratch.drop();
    }
  });
});
