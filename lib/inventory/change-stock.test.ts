import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { stockMovements } from '@/db/schema';
import { placeOrder } from '@/lib/orders/place-order';
import { changeStock, ExpiredBatchSaleError, InsufficientStockError, stockTransaction, UnknownBatchError, type StockTransaction } from './change-stock';
import { expiredTags, resetCacheLog } from '@/test-support/fake-next-cache';
import { checkoutKey } from '@/test-support/factories/orders';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer } from '@/test-support/factories/users';
import { batchQuantities, ledgerMismatches } from '@/test-support/stock-checks';
import { releaseOrderStock } from './release-stock';

vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

describe('changeStock', () => {
  it('refuses to run in a transaction that stockTransaction did not open', async () => {
    const product = await createProduct();
    await expect(
      db.transaction((tx) => changeStock(tx as StockTransaction, { reason: 'adjustment', changes: [{ batchId: product.batchIds[0]!, quantity: 1 }] })),
    ).rejects.toThrow(/stockTransaction/);
    expect(await batchQuantities(product.id)).toEqual([10]);
  });

  it('never takes a batch below zero, never sells an expired batch, and refuses a change of the wrong sign', async () => {
    const product = await createProduct({ batches: [{ quantity: 3, expiryDate: '2099-12-31' }, { quantity: 5, expiryDate: '2020-01-31' }] });
    const [fresh, expired] = product.batchIds as [number, number];
    const attempt = (change: Parameters<typeof changeStock>[1]) => stockTransaction(db, (tx) => changeStock(tx, change));
    resetCacheLog();
    await expect(attempt({ reason: 'adjustment', changes: [{ batchId: fresh, quantity: -4 }] })).rejects.toBeInstanceOf(InsufficientStockError);
    await expect(attempt({ reason: 'sale', changes: [{ batchId: expired, quantity: -1 }] })).rejects.toBeInstanceOf(ExpiredBatchSaleError);
    await expect(attempt({ reason: 'sale', changes: [{ batchId: fresh, quantity: 1 }] })).rejects.toThrow(/cannot change stock/);
    await expect(attempt({ reason: 'receive', changes: [{ batchId: 2_000_000_000, quantity: 1 }] })).rejects.toBeInstanceOf(UnknownBatchError);
    expect(await batchQuantities(product.id)).toEqual([3, 5]);
    expect(expiredTags()).toEqual([]);
  });

  it('expires nothing when the transaction rolls back after a change', async () => {
    const product = await createProduct();
    resetCacheLog();
    await expect(
      stockTransaction(db, async (tx) => {
        await changeStock(tx, { reason: 'adjustment', note: 'recount', changes: [{ batchId: product.batchIds[0]!, quantity: -4 }] });
        throw new Error('something later failed');
      }),
    ).rejects.toThrow('something later failed');
    expect(await batchQuantities(product.id)).toEqual([10]);
    expect(expiredTags()).toEqual([]);
  });

  it('writes one ledger row per batch, with the order, actor and note', async () => {
    const product = await createProduct({ batches: [{ quantity: 10, expiryDate: '2099-12-31' }, { quantity: 10, expiryDate: '2099-06-30' }] });
    const [a, b] = product.batchIds as [number, number];
    const changed = await stockTransaction(db, (tx) =>
      changeStock(tx, { reason: 'adjustment', note: 'recount', changes: [{ batchId: a, quantity: -2 }, { batchId: a, quantity: -1 }, { batchId: b, quantity: 4 }] }),
    );
    expect(changed.map((c) => [c.batchId, c.before, c.after])).toEqual([[a, 10, 7], [b, 10, 14]]);
    const rows = await db.select().from(stockMovements).where(eq(stockMovements.productId, product.id));
    expect(rows.filter((r) => r.reason === 'adjustment').map((r) => [r.batchId, r.quantityChange, r.note])).toEqual([[a, -3, 'recount'], [b, 4, 'recount']]);
    expect(await ledgerMismatches(product.id)).toEqual([]);
  });

  it('releases an order’s stock once, however often it is asked', async () => {
    const shopper = await createCustomer();
    const product = await createProduct();
    const order = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 4 }] });
    expect(await batchQuantities(product.id)).toEqual([6]);
    await stockTransaction(db, async (tx) => {
      await releaseOrderStock(tx, order.orderId, 'cancel_restock');
      expect(await releaseOrderStock(tx, order.orderId, 'cancel_restock')).toEqual([]);
    });
    await stockTransaction(db, (tx) => releaseOrderStock(tx, order.orderId, 'cancel_restock'));
    expect(await batchQuantities(product.id)).toEqual([10]);
    expect(await ledgerMismatches(product.id)).toEqual([]);
  });
});
