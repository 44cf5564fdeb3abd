import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { inventoryBatches, stockMovements } from '@/db/schema';
import { BatchNotFoundError, StockChangeRefusedError } from '@/lib/admin/errors';
import { recordAudit } from '@/lib/audit/record';
import { revalidateProduct } from '@/lib/catalog/cache';
import { applyBatchChanges, lockBatches } from './lock-batches';
import type { StockActor } from './receive';

export const adjustBatchSchema = z.object({
  batchId: z.coerce.number().int().positive(),
  // Signed: +3 found in a recount, -2 broken in the store.
  quantityChange: z.coerce
    .number({ error: 'Enter the change in units' })
    .int('Whole units only')
    .min(-100_000, 'That change is too large')
    .max(100_000, 'That change is too large')
    .refine((n) => n !== 0, 'A change of zero changes nothing'),
  reason: z.string().trim().min(3, 'Say why the stock changed').max(300, 'Keep the reason under 300 characters'),
});
export type AdjustBatchInput = z.input<typeof adjustBatchSchema>;

/**
 * Corrects a batch after a recount or damage, with a reason. The batch row is locked the same way
 * order placement locks it, so an adjustment can never race a sale below zero.
 */
export async function adjustBatch(raw: AdjustBatchInput, actor: StockActor, database: Database = db) {
  const input = adjustBatchSchema.parse(raw);
  const result = await database.transaction(async (tx) => {
    await lockBatches(tx, [], [input.batchId]);
    const [batch] = await tx
      .select({ id: inventoryBatches.id, productId: inventoryBatches.productId, quantity: inventoryBatches.quantity, batchNumber: inventoryBatches.batchNumber })
      .from(inventoryBatches)
      .where(eq(inventoryBatches.id, input.batchId));
    if (!batch) throw new BatchNotFoundError();
    const after = batch.quantity + input.quantityChange;
    if (after < 0) {
      throw new StockChangeRefusedError('Please correct the highlighted fields', { quantityChange: [`Batch ${batch.batchNumber} has only ${batch.quantity} on hand.`] });
    }
    await applyBatchChanges(tx, new Map([[batch.id, input.quantityChange]]));
    await tx.insert(stockMovements).values({ productId: batch.productId, batchId: batch.id, quantityChange: input.quantityChange, reason: 'adjustment', actorId: actor.id, note: input.reason });
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'stock.adjusted',
      entityType: 'product',
      entityId: String(batch.productId),
      details: { batchId: batch.id, batchNumber: batch.batchNumber, quantityChange: input.quantityChange, before: batch.quantity, after, reason: input.reason },
    });
    return { productId: batch.productId, batchId: batch.id, quantity: after };
  });
  await revalidateProduct(result.productId, 'stock');
  return result;
}
