import { sql } from 'drizzle-orm';
import type { Database } from '@/db/connection';
import { products } from '@/db/schema';
import { planCatalogBatches } from './batches';
import { CATALOG_PRODUCTS, CATEGORIES, countAlternativeGroups } from './catalog-data';
import { DEV_ACCOUNTS, insertDevAccounts } from './dev-accounts';
import { fillMissingNepali } from './nepali-backfill';
import { insertPackPictures } from './pack-pictures';
import { insertSyntheticProducts } from './synthetic';
import { insertDevShopSettings } from './shop-settings';
import { insertCategories, insertProductsWithStock, type ProductWithStock } from './write';

export { DEV_ACCOUNTS, type DevAccount } from './dev-accounts';
export { CATALOG_PRODUCTS, CATEGORIES, RX_ONLY_CATEGORY_SLUGS } from './catalog-data';

export type SeedOptions = {
  /** Synthetic products to add after the real catalog (load tests, benchmarks). */
  products?: number;
  /** Create the fixed development logins; refused when `production` is true. Default true. */
  withDevAccounts?: boolean;
  /** Pass `NODE_ENV === 'production'`; the seed never reads the environment itself. */
  production?: boolean;
  /** The clock batch expiry dates are relative to. Default: now. */
  now?: Date;
  log?: (line: string) => void;
};

export type SeedSummary = {
  skipped: boolean;
  /** Products found before seeding; non-zero exactly when `skipped`. */
  existingProducts: number;
  categories: number;
  products: number;
  catalogProducts: number;
  syntheticProducts: number;
  prescriptionOnly: number;
  alternativeGroups: number;
  outOfStockProducts: number;
  batches: number;
  stockMovements: number;
  devAccountsCreated: string[];
  /** On an already seeded catalog: the categories and products given the seed's Nepali text they lacked. */
  nepaliFilled?: { categories: number; products: number };
  durationMs: number;
};

export class DevAccountsInProductionError extends Error {
  constructor() {
    super(
      'Refusing to create development accounts with NODE_ENV=production: their passwords are public. ' +
        'Seed with withDevAccounts: false (npm run db:seed -- --no-dev-accounts) and create staff accounts through the admin area.',
    );
    this.name = 'DevAccountsInProductionError';
  }
}

/**
 * Fills an empty database with the Nepali pharmacy catalog, stock batches with their ledger, optional
 * synthetic products and the development logins, all in one transaction. If any product already
 * exists it changes nothing, so running it twice (or from two processes at once) is safe.
 */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const { products: syntheticCount = 0, withDevAccounts = true, production = false, now = new Date(), log = () => {} } = options;
  if (withDevAccounts && production) throw new DevAccountsInProductionError();
  if (!Number.isSafeInteger(syntheticCount) || syntheticCount < 0) throw new Error(`products must be a whole number ≥ 0, got ${syntheticCount}`);
  const started = performance.now();

  const summary = await db.transaction(async (tx) => {
    // Serialises concurrent seeds so the emptiness check below cannot race.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('medinest:seed'))`);
    const [existing] = await tx.select({ count: sql<number>`count(*)::int` }).from(products);
    const base = { existingProducts: existing?.count ?? 0, categories: 0, products: 0, catalogProducts: 0, syntheticProducts: 0, prescriptionOnly: 0 };
    const empty = { ...base, alternativeGroups: 0, outOfStockProducts: 0, batches: 0, stockMovements: 0, devAccountsCreated: [] as string[] };
    if (base.existingProducts > 0) {
      log(`The catalog already has ${base.existingProducts} products; nothing was seeded.`);
      const filled = await fillMissingNepali(tx, CATEGORIES, CATALOG_PRODUCTS);
      if (filled.categories + filled.products > 0) log(`Nepali text filled in where it was missing: ${filled.categories} categories, ${filled.products} products.`);
      return { ...empty, skipped: true, nepaliFilled: filled };
    }

    const categoryIds = await insertCategories(tx, CATEGORIES);
    const items: ProductWithStock[] = CATALOG_PRODUCTS.map((product) => ({
      product,
      batches: planCatalogBatches({ slug: product.slug, pricePaisa: product.pricePaisa, staple: product.staple, now }),
    }));
    const catalog = await insertProductsWithStock(tx, items, categoryIds);
    const pictures = await insertPackPictures(tx, CATALOG_PRODUCTS);
    const outOfStockProducts = items.filter((item) => item.batches.every((batch) => batch.quantity === 0)).length;
    log(`Catalog: ${CATEGORIES.length} categories, ${catalog.products} products, ${catalog.batches} batches (${outOfStockProducts} products out of stock), ${pictures} pack pictures.`);

    const synthetic = await insertSyntheticProducts(tx, syntheticCount, { templates: CATALOG_PRODUCTS, categoryIds, now, log });
    if (syntheticCount > 0) log(`Synthetic: ${synthetic.products} products.`);

    const devAccountsCreated = withDevAccounts ? await insertDevAccounts(tx) : [];
    if (withDevAccounts) await insertDevShopSettings(tx);
    const [rx] = await tx.select({ count: sql<number>`count(*)::int` }).from(products).where(sql`${products.requiresPrescription}`);

    return {
      ...empty,
      skipped: false,
      categories: categoryIds.size,
      products: catalog.products + synthetic.products,
      catalogProducts: catalog.products,
      syntheticProducts: synthetic.products,
      prescriptionOnly: rx?.count ?? 0,
      alternativeGroups: countAlternativeGroups(CATALOG_PRODUCTS),
      outOfStockProducts,
      batches: catalog.batches + synthetic.batches,
      stockMovements: catalog.stockMovements + synthetic.stockMovements,
      devAccountsCreated,
    };
  });

  if (summary.devAccountsCreated.length > 0) {
    log('Development logins:');
    for (const account of DEV_ACCOUNTS.filter((a) => summary.devAccountsCreated.includes(a.email))) {
      log(`  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.password}`);
    }
    // Staff enrol two-factor only through a one-time link; the first admin gets theirs from the shell.
    log('  Staff set up two-factor with a one-time link: npm run staff:enrolment-link -- <email>');
  }
  return { ...summary, durationMs: Math.round(performance.now() - started) };
}
