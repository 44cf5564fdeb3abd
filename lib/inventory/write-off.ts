import 'server-only';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { inventoryBatches } from '@/db/schema';
import { BatchNotFoundError, StockChangeRefusedError } from '@/lib/admin/errors';
import { recordAudit } from '@/lib/audit/record';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';
import { changeStock, stockTransaction } from './change-stock';
import { lockBatchRows } from './lock-batches';
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
  return stockTransaction(database, async (tx) => {
    const where = input.batchId !== undefined ? eq(inventoryBatches.id, input.batchId) : and(eq(inventoryBatches.productId, input.productId!), lt(inventoryBatches.expiryDate, sql`${NEPAL_TODAY}`), gt(inventoryBatches.quantity, 0));
    const candidates = await tx.select({ id: inventoryBatches.id }).from(inventoryBatches).where(where);
    if (input.batchId !== undefined && candidates.length === 0) throw new BatchNotFoundError();
    // Quantities are read after the lock, so a sale or adjustment in between is not written off twice.
    await lockBatchRows(tx, candidates.map((c) => c.id));
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

    await changeStock(tx, { reason: 'write_off', actorId: actor.id, note: input.note || 'Expired stock written off', changes: toWriteOff.map((b) => ({ batchId: b.id, quantity: -b.quantity })) });
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
}
