import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { auditLog, inventoryBatches } = await import('@/db/schema');
const { placeOrder } = await import('@/lib/orders/place-order');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { createProduct } = await import('@/test-support/factories/products');
const { checkoutKey } = await import('@/test-support/factories/orders');
const { performOrderStep } = await import('@/lib/admin/orders/perform-step');
const { StockChangeRefusedError } = await import('@/lib/admin/errors');
const { receiveBatch } = await import('./receive');
const { adjustBatch } = await import('./adjust');
const { writeOffExpired } = await import('./write-off');
const { batchesOf, ledgerTotals, movementsOf } = await import('./ledger');

/** The ledger explains the shelf: per batch and in total, and the newest running balance is on hand. */
async function expectLedgerExplainsStock(productId: number, onHand: number) {
  expect(await ledgerTotals(productId)).toEqual({ onHand, ledger: onHand });
  for (const batch of await batchesOf(productId)) expect(batch.ledgerQuantity, batch.batchNumber).toBe(batch.quantity);
  const { rows } = await movementsOf(productId);
  expect(rows[0]?.balance ?? 0).toBe(onHand);
}

describe('stock ledger', () => {
  it('adds up to on-hand stock after receive, sell, cancel, adjust and write-off', async () => {
    const staff = await createStaff('pharmacist');
    const product = await createProduct({ batches: [] });
    // A new buyer per sale: one account may hold only so many units of a product unshipped.
    const sell = async (quantity: number) => {
      const buyer = await createCustomer();
      return placeOrder({ userId: buyer.id, addressId: buyer.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity }] });
    };

    // Receive: two batches, then more of the first under the same number and expiry.
    const a = await receiveBatch({ productId: product.id, batchNumber: 'LATE-A', expiryDate: '2099-12-31', quantity: 20, costRupees: 2.5 }, staff);
    const b = await receiveBatch({ productId: product.id, batchNumber: 'EARLY-B', expiryDate: '2098-01-31', quantity: 5, costRupees: 3 }, staff);
    await expectLedgerExplainsStock(product.id, 25);
    expect((await receiveBatch({ productId: product.id, batchNumber: 'LATE-A', expiryDate: '2099-12-31', quantity: 10, costRupees: 2.5 }, staff)).batchId).toBe(a.batchId);
    await expectLedgerExplainsStock(product.id, 35);
    await expect(receiveBatch({ productId: product.id, batchNumber: 'LATE-A', expiryDate: '2097-01-01', quantity: 1, costRupees: 1 }, staff)).rejects.toBeInstanceOf(StockChangeRefusedError);
    await expect(receiveBatch({ productId: product.id, batchNumber: 'OLD', expiryDate: '2001-01-01', quantity: 1, costRupees: 1 }, staff)).rejects.toBeInstanceOf(StockChangeRefusedError);
    await expect(receiveBatch({ productId: product.id, batchNumber: 'ZERO', expiryDate: '2099-01-01', quantity: 0, costRupees: 1 }, staff)).rejects.toBeInstanceOf(ZodError);
    await expectLedgerExplainsStock(product.id, 35);

    // Sell: first expiry first out, so the first sale empties EARLY-B (5) and takes 3 from LATE-A.
    const kept = await sell(8);
    const cancelled = await sell(4);
    await expectLedgerExplainsStock(product.id, 23);
    const byNumber = async () => Object.fromEntries((await batchesOf(product.id)).map((x) => [x.batchNumber, x.quantity]));
    expect(await byNumber()).toEqual({ 'EARLY-B': 0, 'LATE-A': 23 });

    // Cancel: the restock goes back to the batch it came from.
    await performOrderStep({ orderId: cancelled.orderId, step: 'cancel', reason: 'Out of delivery area' }, staff);
    await expectLedgerExplainsStock(product.id, 27);
    expect(kept.status).toBe('confirmed');

    // Adjust: down after a recount, and never below zero.
    await adjustBatch({ batchId: a.batchId, quantityChange: -2, reason: 'Two strips crushed' }, staff);
    await expectLedgerExplainsStock(product.id, 25);
    await expect(adjustBatch({ batchId: b.batchId, quantityChange: -1, reason: 'Recount' }, staff)).rejects.toBeInstanceOf(StockChangeRefusedError);
    await expect(adjustBatch({ batchId: a.batchId, quantityChange: 0, reason: 'Nothing' }, staff)).rejects.toBeInstanceOf(ZodError);
    await expect(adjustBatch({ batchId: a.batchId, quantityChange: 1, reason: '' }, staff)).rejects.toBeInstanceOf(ZodError);
    await adjustBatch({ batchId: b.batchId, quantityChange: 3, reason: 'Found in the back room' }, staff);
    await expectLedgerExplainsStock(product.id, 28);

    // Write off: only once a batch has expired (time is moved on for EARLY-B by dating it back).
    await expect(writeOffExpired({ batchId: a.batchId }, staff)).rejects.toBeInstanceOf(StockChangeRefusedError);
    await db.update(inventoryBatches).set({ expiryDate: '2020-01-31' }).where(eq(inventoryBatches.id, b.batchId));
    const written = await writeOffExpired({ productId: product.id, note: 'Sent for destruction' }, staff);
    expect(written).toMatchObject({ units: 3, valuePaisa: 900, batches: 1 });
    await expectLedgerExplainsStock(product.id, 25);
    await expect(writeOffExpired({ productId: product.id }, staff)).rejects.toBeInstanceOf(StockChangeRefusedError);

    const { rows, total } = await movementsOf(product.id);
    expect(total).toBe(10);
    expect(rows.map((r) => r.reason).reverse()).toEqual(['receive', 'receive', 'receive', 'sale', 'sale', 'sale', 'cancel_restock', 'adjustment', 'adjustment', 'write_off']);
    expect(rows.map((r) => r.balance).reverse()).toEqual([20, 25, 35, 30, 27, 23, 27, 25, 28, 25]);
    expect(rows[0]).toMatchObject({ actorName: expect.any(String), actorRole: 'pharmacist', note: 'Sent for destruction' });
    const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(product.id)));
    expect(audited.map((x) => x.action).sort()).toEqual(['stock.adjusted', 'stock.adjusted', 'stock.received', 'stock.received', 'stock.received', 'stock.written_off']);
  });

  it('two adjustments racing on one batch cannot take it below zero', async () => {
    const staff = await createStaff('pharmacist');
    const product = await createProduct({ batches: [{ quantity: 5, expiryDate: '2099-12-31' }] });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => adjustBatch({ batchId: product.batchIds[0]!, quantityChange: -2, reason: 'Damaged' }, staff)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof StockChangeRefusedError)).toBe(true);
    await expectLedgerExplainsStock(product.id, 1);
  });
});
