import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { orderItemAllocations, orderItems } from '@/db/schema';
import { changeStock, type StockTransaction } from './change-stock';

export type ReleaseReason = 'cancel_restock' | 'expiry_release';
export type ReleasedStock = { productId: number; batchId: number; quantity: number };

/**
 * Puts an order's still-held stock back on its batches and records each return in the ledger.
 * Idempotent: allocations already released are skipped, so calling it twice restocks once.
 * The caller holds the order row lock, which keeps two releases of one order from interleaving.
 */
export async function releaseOrderStock(tx: StockTransaction, orderId: string, reason: ReleaseReason, actorId: string | null = null): Promise<ReleasedStock[]> {
  const released = await tx
    .update(orderItemAllocations)
    .set({ releasedAt: sql`now()` })
    .from(orderItems)
    .where(and(eq(orderItemAllocations.orderItemId, orderItems.id), eq(orderItems.orderId, orderId), isNull(orderItemAllocations.releasedAt)))
    .returning({ productId: orderItems.productId, batchId: orderItemAllocations.batchId, quantity: orderItemAllocations.quantity });
  await changeStock(tx, { reason, orderId, actorId, changes: released.map((r) => ({ batchId: r.batchId, quantity: r.quantity })) });
  return released;
}

/** Batch ids an order still holds stock on; used to take every batch lock up front. */
export async function heldBatchIds(tx: Transaction, orderIds: readonly string[]): Promise<number[]> {
  if (orderIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ batchId: orderItemAllocations.batchId })
    .from(orderItemAllocations)
    .innerJoin(orderItems, eq(orderItems.id, orderItemAllocations.orderItemId))
    .where(and(inArray(orderItems.orderId, [...orderIds]), isNull(orderItemAllocations.releasedAt)));
  return rows.map((r) => r.batchId);
}
