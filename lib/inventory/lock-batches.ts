import 'server-only';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { hasDayPassed } from '@/lib/nepal-time';
import { NEPAL_TODAY, nepalTodayInDatabase } from '@/lib/nepal-time/sql';

export type LockedBatch = { id: number; productId: number; expiryDate: string; quantity: number };
export type LockedBatchRow = LockedBatch & { batchNumber: string };

/**
 * Locks batch rows in ONE statement, always in (product_id, expiry_date, id) order: every writer
 * of stock takes its batch locks this way, so two transactions can never wait on each other in a
 * cycle. Returns every locked row and today's date in Nepal.
 */
async function lockRows(tx: Transaction, productIds: readonly number[], batchIds: readonly number[]): Promise<{ rows: LockedBatchRow[]; today: string }> {
  if (productIds.length === 0 && batchIds.length === 0) return { rows: [], today: await nepalTodayInDatabase(tx) };
  const products = productIds.length > 0 ? sql`b.product_id in (${sql.join(productIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`;
  const extras = batchIds.length > 0 ? sql`b.id in (${sql.join(batchIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`;
  const rows = await tx.execute<{ id: number; product_id: number; batch_number: string; expiry_date: string; quantity: number; today: string }>(sql`
    select b.id, b.product_id, b.batch_number, b.expiry_date::text as expiry_date, b.quantity, ${NEPAL_TODAY}::text as today
    from inventory_batches b
    where (${products} and b.expiry_date >= ${NEPAL_TODAY} and b.quantity > 0) or ${extras}
    order by b.product_id, b.expiry_date, b.id
    for update`);
  const today = rows[0]?.today ?? (await nepalTodayInDatabase(tx));
  return { rows: rows.map((r) => ({ id: r.id, productId: r.product_id, batchNumber: r.batch_number, expiryDate: r.expiry_date, quantity: r.quantity })), today };
}

/**
 * Locks the sellable batches of `productIds` (plus any `extraBatchIds`, e.g. those an expiring
 * order holds) and returns the sellable ones of `productIds` as of after the lock.
 */
export async function lockBatches(tx: Transaction, productIds: readonly number[], extraBatchIds: readonly number[] = []): Promise<{ batches: LockedBatch[]; today: string }> {
  const { rows, today } = await lockRows(tx, productIds, extraBatchIds);
  const wanted = new Set(productIds);
  const batches = rows
    .filter((r) => wanted.has(r.productId) && !hasDayPassed(r.expiryDate, today) && r.quantity > 0)
    .map(({ id, productId, expiryDate, quantity }) => ({ id, productId, expiryDate, quantity }));
  return { batches, today };
}

/** Locks exactly these batches (same order as lockBatches) and returns them, sellable or not. */
export function lockBatchRows(tx: Transaction, batchIds: readonly number[]): Promise<{ rows: LockedBatchRow[]; today: string }> {
  return lockRows(tx, [], batchIds);
}
