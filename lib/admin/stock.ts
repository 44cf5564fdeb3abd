import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { containsPattern } from '@/db/like';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';
import { pageWindow } from '@/lib/pagination';

export const STOCK_PAGE_SIZE = 30;
const TODAY = NEPAL_TODAY;

export const stockFilterSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  // `low`: active products whose sellable stock is at or below their reorder level (the dashboard's figure).
  filter: z.enum(['all', 'low']).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type StockFilter = z.output<typeof stockFilterSchema>;

export type StockRow = { id: number; brandName: string; genericName: string; strength: string; active: boolean; reorderLevel: number; onHand: number; sellable: number; expiredUnits: number };

/** Products with their stock for the stock screen; `onHand` counts every batch, `sellable` only unexpired ones. */
export async function listStock(filter: StockFilter, database: Database = db): Promise<{ rows: StockRow[]; total: number; page: number; pageCount: number }> {
  const conditions: SQL[] = [sql`true`];
  if (filter.q) {
    const like = containsPattern(filter.q);
    conditions.push(sql`(p.brand_name ilike ${like} or p.generic_name ilike ${like} or p.manufacturer ilike ${like})`);
  }
  if (filter.filter === 'low') conditions.push(sql`p.active and s.sellable <= p.reorder_level`);
  const where = sql.join(conditions, sql` and `);
  const base = sql`
    from products p
    cross join lateral (
      select coalesce(sum(b.quantity), 0)::int as on_hand,
             coalesce(sum(b.quantity) filter (where b.expiry_date >= ${TODAY}), 0)::int as sellable,
             coalesce(sum(b.quantity) filter (where b.expiry_date < ${TODAY}), 0)::int as expired_units
      from inventory_batches b where b.product_id = p.id) s
    where ${where}`;
  const [count] = await database.execute<{ n: number }>(sql`select count(*)::int as n ${base}`);
  const { total, page, pageCount, limit, offset } = pageWindow(count?.n ?? 0, filter.page, STOCK_PAGE_SIZE);
  const rows = await database.execute<{ id: number; brand_name: string; generic_name: string; strength: string; active: boolean; reorder_level: number; on_hand: number; sellable: number; expired_units: number }>(sql`
    select p.id, p.brand_name, p.generic_name, p.strength, p.active, p.reorder_level, s.on_hand, s.sellable, s.expired_units ${base}
    order by (s.sellable - p.reorder_level), p.brand_name limit ${limit} offset ${offset}`);
  return {
    rows: rows.map((r) => ({ id: r.id, brandName: r.brand_name, genericName: r.generic_name, strength: r.strength, active: r.active, reorderLevel: r.reorder_level, onHand: r.on_hand, sellable: r.sellable, expiredUnits: r.expired_units })),
    total,
    page,
    pageCount,
  };
}

export const batchFilterSchema = z.object({
  expiring: z.coerce.number().int().refine((n) => [30, 60, 90].includes(n)).optional().catch(undefined),
  expired: z.literal('1').optional().catch(undefined),
});
export type BatchFilter = z.output<typeof batchFilterSchema>;

export type BatchListRow = { id: number; productId: number; brandName: string; batchNumber: string; expiryDate: string; quantity: number; costPaisa: number | null; valuePaisa: number; expired: boolean };

/** Batches with stock left that expire within N days, or have expired; the dashboard's expiry figures. */
export async function listBatches(filter: BatchFilter, database: Database = db): Promise<BatchListRow[]> {
  const window = filter.expired
    ? sql`b.expiry_date < ${TODAY}`
    : sql`b.expiry_date >= ${TODAY} and b.expiry_date <= ${TODAY} + ${filter.expiring ?? 90}::int`;
  const rows = await database.execute<{ id: number; product_id: number; brand_name: string; batch_number: string; expiry_date: string; quantity: number; cost_paisa: number | null; value: number; expired: boolean }>(sql`
    select b.id, b.product_id, p.brand_name, b.batch_number, b.expiry_date::text as expiry_date, b.quantity, b.cost_paisa,
           (b.quantity::bigint * coalesce(b.cost_paisa, 0)) as value, b.expiry_date < ${TODAY} as expired
    from inventory_batches b join products p on p.id = b.product_id
    where b.quantity > 0 and ${window}
    order by b.expiry_date, p.brand_name limit 1000`);
  return rows.map((r) => ({ id: r.id, productId: r.product_id, brandName: r.brand_name, batchNumber: r.batch_number, expiryDate: r.expiry_date, quantity: r.quantity, costPaisa: r.cost_paisa, valuePaisa: Number(r.value), expired: r.expired }));
}
