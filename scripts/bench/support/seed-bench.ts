import type { Database } from '@/db/connection';
import { CATALOG_PRODUCTS, seedDatabase } from '@/db/seed';

/** The real catalog plus synthetic variants, `total` products in all; no logins. */
export async function seedBenchCatalog(db: Database, total: number): Promise<void> {
  const summary = await seedDatabase(db, {
    products: Math.max(0, total - CATALOG_PRODUCTS.length),
    withDevAccounts: false,
    production: false,
    log: (line) => console.log(`  ${line}`),
  });
  if (summary.skipped) throw new Error('The benchmark database was not empty');
}
