import { planSyntheticBatch } from './batches';
import type { SeedProduct } from './catalog-data';
import { createRandom, randomInt, type Random } from './random';
import { toSlug } from './slug';
import { inChunks, insertProductsWithStock, ROWS_PER_STATEMENT, type InsertCounts, type ProductWithStock, type SeedTransaction } from './write';

// A fixed seed: the n-th synthetic product is the same whether 500 or 100,000 are generated.
const SYNTHETIC_SEED = 0x5eed_0001;

/**
 * The n-th synthetic product (1-based): a numbered variant of a real catalog product, so names,
 * generics, categories and Rx rules stay realistic for load tests and search benchmarks.
 * Real slugs end in the dosage form; synthetic ones end in the number, so they never collide.
 */
export function syntheticProduct(template: SeedProduct, n: number, random: Random): SeedProduct {
  const pricePaisa = Math.max(1_00, Math.floor((template.pricePaisa * randomInt(random, 85, 115)) / 100));
  const mrpPaisa = pricePaisa + Math.floor((pricePaisa * randomInt(random, 0, 12)) / 100);
  return {
    ...template,
    slug: toSlug(`${template.slug} ${n}`),
    brandName: `${template.brandName} #${n}`,
    pricePaisa,
    mrpPaisa,
    staple: false,
  };
}

/** Appends `count` synthetic products, each with one fresh batch and its 'receive' movement. */
export async function insertSyntheticProducts(
  tx: SeedTransaction,
  count: number,
  context: { templates: readonly SeedProduct[]; categoryIds: ReadonlyMap<string, number>; now: Date; log: (line: string) => void },
): Promise<InsertCounts> {
  const totals: InsertCounts = { products: 0, batches: 0, stockMovements: 0 };
  if (count === 0) return totals;
  const random = createRandom(SYNTHETIC_SEED);
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  for (const chunk of inChunks(numbers, ROWS_PER_STATEMENT)) {
    const items: ProductWithStock[] = chunk.map((n) => {
      const product = syntheticProduct(context.templates[(n - 1) % context.templates.length]!, n, random);
      return { product, batches: [planSyntheticBatch(random, product.slug, product.pricePaisa, context.now)] };
    });
    const counts = await insertProductsWithStock(tx, items, context.categoryIds);
    totals.products += counts.products;
    totals.batches += counts.batches;
    totals.stockMovements += counts.stockMovements;
    if (totals.products % 20_000 === 0 || totals.products === count) context.log(`  synthetic products: ${totals.products} / ${count}`);
  }
  return totals;
}
