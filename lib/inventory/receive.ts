import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { inventoryBatches, products, type UserRole } from '@/db/schema';
import { ProductNotFoundError, StockChangeRefusedError } from '@/lib/admin/errors';
import { recordAudit } from '@/lib/audit/record';
import { isWholePaisa, rupeesToPaisa } from '@/lib/money';
import { hasDayPassed, isIsoDate } from '@/lib/nepal-time';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { changeStock, stockTransaction } from './change-stock';

export type StockActor = { id: string; role: UserRole };

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD').refine(isIsoDate, 'Enter a real date');

export const receiveBatchSchema = z.object({
  productId: z.coerce.number().int().positive(),
  batchNumber: z.string().trim().min(1, 'Enter the batch number').max(60, 'Keep the batch number under 60 characters').regex(/^[\w./-]+$/, 'Letters, digits, hyphens, dots and slashes only'),
  expiryDate: isoDate,
  quantity: z.coerce.number({ error: 'Enter a quantity' }).int('Whole units only').min(1, 'At least 1 unit').max(100_000, 'That quantity is too large'),
  // Cost per unit, entered in rupees with up to two decimals; stored as integer paisa.
  costRupees: z.coerce.number({ error: 'Enter the cost per unit' }).min(0, 'Cost cannot be negative').max(1_000_000, 'That cost is too large').refine(isWholePaisa, 'At most two decimals'),
  note: z.string().trim().max(300).optional(),
});
export type ReceiveBatchInput = z.input<typeof receiveBatchSchema>;

/**
 * Receives stock: a new batch, or more units of a batch number already on the shelf when the
 * expiry matches (a different expiry under one batch number is a data-entry mistake, refused).
 * The units arrive through changeStock (ledger row, cache expiry after commit).
 */
export async function receiveBatch(raw: ReceiveBatchInput, actor: StockActor, database: Database = db) {
  const input = receiveBatchSchema.parse(raw);
  const costPaisa = rupeesToPaisa(input.costRupees);
  if (hasDayPassed(input.expiryDate, await nepalTodayInDatabase(database))) throw new StockChangeRefusedError('Please correct the highlighted fields', { expiryDate: ['This batch has already expired; do not receive it.'] });

  return stockTransaction(database, async (tx) => {
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
    if (!product) throw new ProductNotFoundError();
    const [existing] = await tx
      .select({ id: inventoryBatches.id, expiryDate: inventoryBatches.expiryDate })
      .from(inventoryBatches)
      .where(and(eq(inventoryBatches.productId, input.productId), eq(inventoryBatches.batchNumber, input.batchNumber)));
    let batchId: number;
    if (existing) {
      if (existing.expiryDate !== input.expiryDate) {
        throw new StockChangeRefusedError('Please correct the highlighted fields', { batchNumber: [`Batch ${input.batchNumber} is already recorded with expiry ${existing.expiryDate}.`] });
      }
      batchId = existing.id;
    } else {
      // The batch is registered empty; its units arrive below like any other stock change.
      const [created] = await tx
        .insert(inventoryBatches)
        .values({ productId: input.productId, batchNumber: input.batchNumber, expiryDate: input.expiryDate, quantity: 0, costPaisa })
        .returning({ id: inventoryBatches.id });
      batchId = created!.id;
    }
    await changeStock(tx, { reason: 'receive', actorId: actor.id, note: input.note || null, changes: [{ batchId, quantity: input.quantity }] });
    // The latest delivery's cost stands for the batch (a description, not stock).
    if (existing) await tx.update(inventoryBatches).set({ costPaisa }).where(eq(inventoryBatches.id, batchId));
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'stock.received',
      entityType: 'product',
      entityId: String(input.productId),
      details: { batchId, batchNumber: input.batchNumber, expiryDate: input.expiryDate, quantity: input.quantity, costPaisa },
    });
    return { batchId, productId: input.productId };
  });
}
