import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/connection';
import { categories, inventoryBatches, products, stockMovements } from '@/db/schema';
import type { PlannedBatch } from './batches';
import type { SeedCategory, SeedProduct } from './catalog-data';

export type SeedTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export const ROWS_PER_STATEMENT = 2000;

export type ProductWithStock = { product: SeedProduct; batches: PlannedBatch[] };
export type InsertCounts = { products: number; batches: number; stockMovements: number };

export function inChunks<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/** Inserts the categories and returns their ids by slug. */
export async function insertCategories(tx: SeedTransaction, list: readonly SeedCategory[]): Promise<Map<string, number>> {
  const rows = await tx
    .insert(categories)
    .values(list.map((category, index) => ({ slug: category.slug, name: category.name, nameNe: category.nameNe, description: category.description, descriptionNe: category.descriptionNe, sortOrder: (index + 1) * 10 })))
    .returning({ id: categories.id, slug: categories.slug });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

type ProductRow = Omit<SeedProduct, 'staple' | 'categorySlug'> & { categoryId: number };
type BatchRow = { productId: number; batchNumber: string; expiryDate: string; quantity: number; costPaisa: number; receivedAt: Date };
type MovementRow = { productId: number; batchId: number; quantityChange: number; reason: 'receive' | 'adjustment'; note: string; createdAt: Date };
type ColumnTypes<Row> = { [K in keyof Row]-?: string };

const PRODUCT_TYPES: ColumnTypes<ProductRow> = {
  slug: 'text', brandName: 'text', genericName: 'text', strength: 'text', dosageForm: 'text', packSize: 'text', manufacturer: 'text',
  categoryId: 'integer', pricePaisa: 'integer', mrpPaisa: 'integer', requiresPrescription: 'boolean', description: 'text', usage: 'text',
  warnings: 'text', descriptionNe: 'text', usageNe: 'text', warningsNe: 'text', searchKeywords: 'text', reorderLevel: 'integer', maxPerOrder: 'integer',
};
const BATCH_TYPES: ColumnTypes<BatchRow> = {
  productId: 'integer', batchNumber: 'text', expiryDate: 'date', quantity: 'integer', costPaisa: 'integer', receivedAt: 'timestamptz',
};
const MOVEMENT_TYPES: ColumnTypes<MovementRow> = {
  productId: 'integer', batchId: 'integer', quantityChange: 'integer', reason: 'stock_movement_reason', note: 'text', createdAt: 'timestamptz',
};

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * One multi-row INSERT whose rows travel as a single JSON parameter. Drizzle's `.values()` takes
 * about 0.4 s to build a 2,000-row statement (34,000 parameters), which alone would make a
 * 100,000-product seed take a minute; PostgreSQL unpacks the JSON in a few milliseconds.
 */
async function insertRows<Row extends object>(tx: SeedTransaction, table: PgTable, types: ColumnTypes<Row>, rows: readonly Row[], returning = '') {
  const keys = Object.keys(types) as (keyof Row & string)[];
  const record = keys.map((key) => `"${key}" ${types[key]}`).join(', ');
  const query = sql`insert into ${table} (${sql.raw(keys.map(snakeCase).join(', '))})
    select ${sql.raw(keys.map((key) => `r."${key}"`).join(', '))} from json_to_recordset(${JSON.stringify(rows)}::json) as r(${sql.raw(record)})
    ${sql.raw(returning ? `returning ${returning}` : '')}`;
  return (await tx.execute(query)) as unknown as Record<string, unknown>[];
}

function productRow(product: SeedProduct, categoryIds: ReadonlyMap<string, number>): ProductRow {
  const categoryId = categoryIds.get(product.categorySlug);
  if (categoryId === undefined) throw new Error(`Unknown category ${product.categorySlug} for ${product.slug}`);
  const { staple: _staple, categorySlug: _categorySlug, ...columns } = product;
  // Keeps the hand-written column list honest: a renamed schema column fails type-checking here.
  return { ...columns, categoryId } satisfies typeof products.$inferInsert;
}

/**
 * Inserts products, their batches and the movements that explain each batch's quantity. Ids are
 * matched back by slug and batch number, not by the order of RETURNING rows, which is not promised.
 */
export async function insertProductsWithStock(
  tx: SeedTransaction,
  items: readonly ProductWithStock[],
  categoryIds: ReadonlyMap<string, number>,
): Promise<InsertCounts> {
  const counts: InsertCounts = { products: 0, batches: 0, stockMovements: 0 };
  for (const chunk of inChunks(items)) {
    const inserted = await insertRows(tx, products, PRODUCT_TYPES, chunk.map((item) => productRow(item.product, categoryIds)), 'id, slug');
    const productIds = new Map(inserted.map((row) => [row.slug as string, row.id as number]));
    counts.products += inserted.length;

    const batchRows: BatchRow[] = chunk.flatMap(({ product, batches }) =>
      batches.map(({ batchNumber, expiryDate, quantity, costPaisa, receivedAt }) => ({
        productId: productIds.get(product.slug)!,
        batchNumber,
        expiryDate,
        quantity,
        costPaisa,
        receivedAt,
      })),
    );
    const batchIds = new Map<string, number>();
    for (const rows of inChunks(batchRows)) {
      const saved = await insertRows(tx, inventoryBatches, BATCH_TYPES, rows, 'id, product_id, batch_number');
      for (const row of saved) batchIds.set(`${row.product_id}:${row.batch_number}`, row.id as number);
      counts.batches += saved.length;
    }

    const movementRows: MovementRow[] = chunk.flatMap(({ product, batches }) => {
      const productId = productIds.get(product.slug)!;
      const batchId = (batch: PlannedBatch) => batchIds.get(`${productId}:${batch.batchNumber}`)!;
      return batches.flatMap((batch) => batch.movements.map((movement) => ({ productId, batchId: batchId(batch), ...movement })));
    });
    for (const rows of inChunks(movementRows)) {
      await insertRows(tx, stockMovements, MOVEMENT_TYPES, rows);
      counts.stockMovements += rows.length;
    }
  }
  return counts;
}
