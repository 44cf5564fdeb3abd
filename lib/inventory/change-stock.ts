import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { stockMovements, type stockMovementReason } from '@/db/schema';
import { revalidateProducts } from '@/lib/catalog/cache';
import { DomainError } from '@/lib/errors';
import { hasDayPassed } from '@/lib/nepal-time';
import { logger } from '@/lib/observability/logger';
import { lockBatchRows } from './lock-batches';

/**
 * The one way stock changes (sale, restock, expiry release, receive, adjustment, write-off).
 *
 * changeStock updates the batches and writes their ledger rows in one call, and it only accepts a
 * StockTransaction, which only stockTransaction() hands out. changeStock records the products it
 * touched on that transaction; stockTransaction expires their catalog cache once COMMIT has
 * returned (expiring earlier would let a concurrent render cache the old stock again, and a
 * rollback must expire nothing). So no caller can move stock without the ledger or the cache.
 */
declare const stockTransactionBrand: unique symbol;
export type StockTransaction = Transaction & { readonly [stockTransactionBrand]: true };

export type StockMovementReason = (typeof stockMovementReason.enumValues)[number];
/** Signed units for one batch: -3 sold, +3 put back. */
export type BatchChange = { batchId: number; quantity: number };
export type StockChange = {
  reason: StockMovementReason;
  changes: readonly BatchChange[];
  orderId?: string | null;
  actorId?: string | null;
  note?: string | null;
};
export type ChangedBatch = { batchId: number; productId: number; batchNumber: string; before: number; after: number };

/** Raised for a batch id that does not exist; nothing has been written. */
export class UnknownBatchError extends DomainError {
  constructor(readonly batchId: number) {
    super(`Batch ${batchId} does not exist.`);
  }
}

/** The change would take a batch below zero; callers that allow it to happen (staff) say so nicely. */
export class InsufficientStockError extends DomainError {
  constructor(readonly batch: { batchId: number; batchNumber: string; onHand: number; change: number }) {
    super(`Batch ${batch.batchNumber} has only ${batch.onHand} on hand.`);
  }
}

/** A sale from a batch past its expiry date (in Nepal). Expired stock is never sold. */
export class ExpiredBatchSaleError extends DomainError {
  constructor(readonly batchId: number) {
    super(`Batch ${batchId} has expired and cannot be sold.`);
  }
}

const DIRECTION: Record<StockMovementReason, 'in' | 'out' | 'either'> = {
  receive: 'in',
  cancel_restock: 'in',
  expiry_release: 'in',
  sale: 'out',
  write_off: 'out',
  adjustment: 'either',
};

const touchedProducts = new WeakMap<Transaction, Set<number>>();

/** Runs `work` in one database transaction; after it commits, expires the cached stock it changed. */
export async function stockTransaction<T>(database: Database, work: (tx: StockTransaction) => Promise<T>): Promise<T> {
  const touched = new Set<number>();
  const result = await database.transaction(async (tx) => {
    touchedProducts.set(tx, touched);
    return work(tx as StockTransaction);
  });
  await expireCachedStock(database, [...touched]);
  return result;
}

/**
 * Applies signed quantity changes to batches and writes one ledger row per batch. Locks the
 * batches first in the fixed order (a no-op for locks the caller already holds), refuses to take
 * a batch below zero or to sell from an expired one. Returns each batch before and after.
 */
export async function changeStock(tx: StockTransaction, change: StockChange): Promise<ChangedBatch[]> {
  const touched = touchedProducts.get(tx);
  if (!touched) throw new Error('changeStock needs a transaction opened by stockTransaction()');
  const perBatch = new Map<number, number>();
  for (const { batchId, quantity } of change.changes) {
    const direction = DIRECTION[change.reason];
    if (!Number.isInteger(quantity) || quantity === 0 || (direction === 'in' && quantity < 0) || (direction === 'out' && quantity > 0)) {
      throw new Error(`A ${change.reason} cannot change stock by ${quantity}`);
    }
    perBatch.set(batchId, (perBatch.get(batchId) ?? 0) + quantity);
  }
  for (const [batchId, delta] of perBatch) if (delta === 0) perBatch.delete(batchId);
  if (perBatch.size === 0) return [];

  const { rows, today } = await lockBatchRows(tx, [...perBatch.keys()]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const changed: ChangedBatch[] = [];
  for (const [batchId, delta] of perBatch) {
    const batch = byId.get(batchId);
    if (!batch) throw new UnknownBatchError(batchId);
    if (change.reason === 'sale' && hasDayPassed(batch.expiryDate, today)) throw new ExpiredBatchSaleError(batchId);
    if (batch.quantity + delta < 0) throw new InsufficientStockError({ batchId, batchNumber: batch.batchNumber, onHand: batch.quantity, change: delta });
    changed.push({ batchId, productId: batch.productId, batchNumber: batch.batchNumber, before: batch.quantity, after: batch.quantity + delta });
  }

  await applyBatchChanges(tx, perBatch);
  await tx.insert(stockMovements).values(
    changed.map((b) => ({
      productId: b.productId,
      batchId: b.batchId,
      quantityChange: b.after - b.before,
      reason: change.reason,
      orderId: change.orderId ?? null,
      actorId: change.actorId ?? null,
      note: change.note ?? null,
    })),
  );
  for (const b of changed) touched.add(b.productId);
  return changed;
}

/** One statement for every batch; the caller has locked them. */
async function applyBatchChanges(tx: Transaction, changes: ReadonlyMap<number, number>): Promise<void> {
  const values = sql.join(
    [...changes].map(([batchId, delta]) => sql`(${batchId}::int, ${delta}::int)`),
    sql`, `,
  );
  await tx.execute(sql`
    update inventory_batches b set quantity = b.quantity + v.delta
    from (values ${values}) as v(id, delta)
    where b.id = v.id`);
}

/** A failure here never undoes the committed change; the hour-long safety net still applies. */
async function expireCachedStock(database: Database, productIds: readonly number[]): Promise<void> {
  if (productIds.length === 0) return;
  try {
    await revalidateProducts(productIds, 'stock', database);
  } catch (error) {
    // A script or test outside a Next request has no Next cache to expire.
    const outsideNext = error instanceof Error && error.message.includes('static generation store missing');
    if (outsideNext) logger.debug({ productIds }, 'stock changed outside a Next request; no cache to expire');
    else logger.warn({ err: error, productIds }, 'could not expire cached stock');
  }
}
