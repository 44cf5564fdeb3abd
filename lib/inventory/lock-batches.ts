import 'server-only';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';

export type LockedBatch = { id: number; productId: number; expiryDate: string; quantity: number };

/**
 * Locks batch rows in ONE statement, always in (product_id, expiry_date, id) order: every writer
 * of stock takes its batch locks this way, so two transactions can never wait on each other in a
 * cycle. Returns the sellable batches of `productIds` as of after the lock.
 */
export async function lockBatches(tx: Transaction, productIds: readonly number[], extraBatchIds: readonly number[] = []): Promise<{ batches: LockedBatch[]; today: string }> {
  if (productIds.length === 0 && extraBatchIds.length === 0) return { batches: [], today: await nepalToday(tx) };
  const products = productIds.length > 0 ? sql`b.product_id in (${sql.join(productIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`;
  const extras = extraBatchIds.length > 0 ? sql`b.id in (${sql.join(extraBatchIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`;
  const rows = await tx.execute<{ id: number; product_id: number; expiry_date: string; quantity: number; today: string }>(sql`
    select b.id, b.product_id, b.expiry_date::text as expiry_date, b.quantity, ${NEPAL_TODAY}::text as today
    from inventory_batches b
    where (${products} and b.expiry_date >= ${NEPAL_TODAY} and b.quantity > 0) or ${extras}
    order by b.product_id, b.expiry_date, b.id
    for update`);
  const today = rows[0]?.today ?? (await nepalToday(tx));
  const wanted = new Set(productIds);
  const batches = rows
    .filter((r) => wanted.has(r.product_id) && r.expiry_date >= today && r.quantity > 0)
    .map((r) => ({ id: r.id, productId: r.product_id, expiryDate: r.expiry_date, quantity: r.quantity }));
  return { batches, today };
}

async function nepalToday(tx: Transaction): Promise<string> {
  const [row] = await tx.execute<{ today: string }>(sql`select ${NEPAL_TODAY}::text as today`);
  return row!.today;
}

/** Applies quantity changes to batches the caller has already locked; one statement. */
export async function applyBatchChanges(tx: Transaction, changes: ReadonlyMap<number, number>): Promise<void> {
  if (changes.size === 0) return;
  const values = sql.join(
    [...changes].map(([batchId, delta]) => sql`(${batchId}::int, ${delta}::int)`),
    sql`, `,
  );
  await tx.execute(sql`
    update inventory_batches b set quantity = b.quantity + v.delta
    from (values ${values}) as v(id, delta)
    where b.id = v.id`);
}
