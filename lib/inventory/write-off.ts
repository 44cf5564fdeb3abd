import 'server-only';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { inventoryBatches, stockMovements } from '@/db/schema';
import { BatchNotFoundError, StockChangeRefusedError } from '@/lib/admin/errors';
import { recordAudit } from '@/lib/audit/record';
import { revalidateProduct } from '@/lib/catalog/cache';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';
import { applyBatchChanges, lockBatches } from './lock-batches';
import type { StockActor } from './receive';

export const writeOffSchema = z.object({
  // One batch, or every expired batch of the product when only productId is given.
  batchId: z.coerce.number().int().positive().optional(),
  productId: z.coerce.number().int().positive().optional(),
  note: z.string().trim().max(300).optional(),
}).refine((v) => v.batchId !== undefined || v.productId !== undefined, { message: 'Choose a batch or a product', path: ['batchId'] });
export type WriteOffInput = z.input<typeof writeOffSchema>;

/**
 * Writes off what is left of expired batches: the units leave the shelf (to be destroyed), and
 * each batch gets a `write_off` ledger row. Unexpired stock is refused here; use an adjustment
 * with a reason for damage.
 */
export async function writeOffExpired(raw: WriteOffInput, actor: StockActor, database: Database = db) {
  const input = writeOffSchema.parse(raw);
  const result = await database.transaction(async (tx) => {
    const where = input.batchId !== undefined ? eq(inventoryBatches.id, input.batchId) : and(eq(inventoryBatches.productId, input.productId!), lt(inventoryBatches.expiryDate, sql`${NEPAL_TODAY}`), gt(inventoryBatches.quantity, 0));
    const candidates = await tx.select({ id: inventoryBatches.id }).from(inventoryBatches).where(where);
    if (input.batchId !== undefined && candidates.length === 0) throw new BatchNotFoundError();
    await lockBatches(tx, [], candidates.map((c) => c.id));
    const batches = await tx
      .select({
        id: inventoryBatches.id,
        productId: inventoryBatches.productId,
        batchNumber: inventoryBatches.batchNumber,
        quantity: inventoryBatches.quantity,
        costPaisa: inventoryBatches.costPaisa,
        expired: sql<boolean>`${inventoryBatches.expiryDate} < ${NEPAL_TODAY}`,
      })
      .from(inventoryBatches)
      .where(sql`${inventoryBatches.id} in (${sql.join(candidates.length ? candidates.map((c) => sql`${c.id}`) : [sql`null`], sql`, `)})`);
    if (input.batchId !== undefined && !batches[0]?.expired) throw new StockChangeRefusedError('This batch has not expired. Use an adjustment with a reason instead.');
    const toWriteOff = batches.filter((b) => b.expired && b.quantity > 0);
    if (toWriteOff.length === 0) throw new StockChangeRefusedError('There is no expired stock left to write off.');

    await applyBatchChanges(tx, new Map(toWriteOff.map((b) => [b.id, -b.quantity])));
    await tx.insert(stockMovements).values(
      toWriteOff.map((b) => ({ productId: b.productId, batchId: b.id, quantityChange: -b.quantity, reason: 'write_off' as const, actorId: actor.id, note: input.note || 'Expired stock written off' })),
    );
    const units = toWriteOff.reduce((sum, b) => sum + b.quantity, 0);
    const valuePaisa = toWriteOff.reduce((sum, b) => sum + b.quantity * (b.costPaisa ?? 0), 0);
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'stock.written_off',
      entityType: 'product',
      entityId: String(toWriteOff[0]!.productId),
      details: { batches: toWriteOff.map((b) => ({ id: b.id, batchNumber: b.batchNumber, quantity: b.quantity })), units, valuePaisa },
    });
    return { productId: toWriteOff[0]!.productId, units, valuePaisa, batches: toWriteOff.length };
  });
  await revalidateProduct(result.productId, 'stock');
  return result;
}
