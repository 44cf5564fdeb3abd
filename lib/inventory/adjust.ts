import 'server-only';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { BatchNotFoundError, StockChangeRefusedError } from '@/lib/admin/errors';
import { recordAudit } from '@/lib/audit/record';
import { changeStock, InsufficientStockError, stockTransaction, UnknownBatchError } from './change-stock';
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
 * Corrects a batch after a recount or damage, with a reason. changeStock locks the batch the same
 * way order placement locks it, so an adjustment can never race a sale below zero.
 */
export async function adjustBatch(raw: AdjustBatchInput, actor: StockActor, database: Database = db) {
  const input = adjustBatchSchema.parse(raw);
  return stockTransaction(database, async (tx) => {
    const change = { reason: 'adjustment' as const, actorId: actor.id, note: input.reason, changes: [{ batchId: input.batchId, quantity: input.quantityChange }] };
    const [batch] = await changeStock(tx, change).catch(inWordsForStaff);
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'stock.adjusted',
      entityType: 'product',
      entityId: String(batch!.productId),
      details: { batchId: batch!.batchId, batchNumber: batch!.batchNumber, quantityChange: input.quantityChange, before: batch!.before, after: batch!.after, reason: input.reason },
    });
    return { productId: batch!.productId, batchId: batch!.batchId, quantity: batch!.after };
  });
}

/** changeStock's refusals, said the way the stock page shows them. */
function inWordsForStaff(error: unknown): never {
  if (error instanceof UnknownBatchError) throw new BatchNotFoundError();
  if (error instanceof InsufficientStockError) {
    throw new StockChangeRefusedError('Please correct the highlighted fields', { quantityChange: [`Batch ${error.batch.batchNumber} has only ${error.batch.onHand} on hand.`] });
  }
  throw error;
}
