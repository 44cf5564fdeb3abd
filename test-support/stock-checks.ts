import { eq, sql } from 'drizzle-orm';
import { inventoryBatches } from '@/db/schema';
import { factoryDatabase } from './factories/database';

/** What a test asserts about stock after a change: totals, per batch, and that the ledger agrees. */
export async function stockOf(productId: number): Promise<number> {
  const db = await factoryDatabase();
  const [row] = await db.select({ q: sql<number>`coalesce(sum(quantity), 0)::int` }).from(inventoryBatches).where(eq(inventoryBatches.productId, productId));
  return row!.q;
}

export async function batchQuantities(productId: number): Promise<number[]> {
  const db = await factoryDatabase();
  const rows = await db.select({ q: inventoryBatches.quantity }).from(inventoryBatches).where(eq(inventoryBatches.productId, productId)).orderBy(inventoryBatches.id);
  return rows.map((r) => r.q);
}

/** The ledger must explain the on-hand quantity of every batch of the product. */
export async function ledgerMismatches(productId: number): Promise<unknown[]> {
  const db = await factoryDatabase();
  const rows = await db.execute(sql`
    select b.id, b.quantity, coalesce(sum(m.quantity_change), 0)::int as ledger
    from inventory_batches b left join stock_movements m on m.batch_id = b.id
    where b.product_id = ${productId} group by b.id having b.quantity <> coalesce(sum(m.quantity_change), 0)`);
  return [...rows];
}
