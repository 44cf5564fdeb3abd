import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { inventoryBatches, orderEvents, orders, payments, products } from '@/db/schema';
import { performOrderStep } from '@/lib/admin/orders/perform-step';
import { tagsForProductChange } from '@/lib/catalog/cache-tags';
import { getProductPage } from '@/lib/catalog/queries';
import { cancelOrderForCustomer } from '@/lib/orders/customer-actions';
import { sweepExpiredOrders } from '@/lib/orders/expire-orders';
import { placeOrder } from '@/lib/orders/place-order';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { rejectPrescription } from '@/lib/prescriptions/review';
import { uploadPrescription } from '@/lib/prescriptions/upload';
import { cacheLog, expiredTags, resetCacheLog, trackOpenTransactions } from '@/test-support/fake-next-cache';
import { checkoutKey } from '@/test-support/factories/orders';
import { linkOrder, photo } from '@/test-support/factories/prescriptions';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { placeEsewaOrder, signedFormFor } from '@/test-support/payments';
import { adjustBatch } from './adjust';
import { receiveBatch } from './receive';
import { writeOffExpired } from './write-off';

const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);
afterAll(() => sandbox.close());
trackOpenTransactions(db);

/** Units the product page shows, read through the data cache the way the page reads them. */
async function shownStock(slug: string): Promise<number> {
  return (await getProductPage(slug))!.stock.available;
}

/**
 * Loads the product page (so its stock sits in the cache), makes the change, and expects the page
 * to show `expected` at once: exactly the product's stock tags expired, all after the commit.
 */
async function expectShownAfter(productId: number, change: () => Promise<unknown>, expected: number) {
  const [ref] = await db.select({ id: products.id, slug: products.slug, genericName: products.genericName, strength: products.strength }).from(products).where(eq(products.id, productId));
  await shownStock(ref!.slug);
  resetCacheLog();
  await change();
  expect(new Set(expiredTags())).toEqual(new Set(tagsForProductChange(ref!, 'stock')));
  expect(cacheLog.expired.filter((e) => e.openTransactions > 0)).toEqual([]);
  expect(await shownStock(ref!.slug)).toBe(expected);
}

const sell = (shopper: { id: string; addressId: string }, productId: number, quantity: number, paymentMethod: 'cod' | 'esewa' = 'cod') =>
  placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod, lines: [{ productId, quantity }] });

describe('the data cache these tests read through', () => {
  it('keeps showing the old stock after a write that expires nothing', async () => {
    const product = await createProduct();
    expect(await shownStock(product.slug)).toBe(10);
    await db.update(inventoryBatches).set({ quantity: 3 }).where(eq(inventoryBatches.productId, product.id));
    expect(await shownStock(product.slug)).toBe(10);
  });
});

describe('the product page shows the new stock at once after', () => {
  it('a sale', async () => {
    const shopper = await createCustomer();
    const product = await createProduct();
    await expectShownAfter(product.id, () => sell(shopper, product.id, 3), 7);
  });

  it('a cancellation by staff and one by the shopper', async () => {
    const shopper = await createCustomer();
    const staff = await createStaff('pharmacist');
    const product = await createProduct();
    const first = await sell(shopper, product.id, 3);
    await expectShownAfter(product.id, () => performOrderStep({ orderId: first.orderId, step: 'cancel', reason: 'Out of delivery area' }, staff), 10);
    const second = await sell(shopper, product.id, 2);
    await expectShownAfter(product.id, () => cancelOrderForCustomer(shopper.id, second.number, null), 10);
  });

  it('the sweep that expires unpaid orders', async () => {
    const shopper = await createCustomer();
    const product = await createProduct();
    const order = await sell(shopper, product.id, 4, 'esewa');
    await expectShownAfter(
      product.id,
      async () => {
        // Oldest expiry first: the sweep of one order takes this one, not another test's.
        await db.update(orders).set({ expiresAt: new Date('2000-01-01T00:00:00Z') }).where(eq(orders.id, order.orderId));
        expect(await sweepExpiredOrders({ limit: 1 })).toEqual({ expired: 1 });
      },
      10,
    );
  });

  it('the sweep that ends a prescription hold past its deadline', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ requiresPrescription: true });
    const order = await sell(shopper, product.id, 4);
    expect(order.status).toBe('awaiting_prescription');
    await expectShownAfter(
      product.id,
      async () => {
        await db.update(orderEvents).set({ createdAt: sql`now() - interval '49 hours'` }).where(eq(orderEvents.orderId, order.orderId));
        // The oldest expiry first: a sweep of one takes this order, not another test's.
        await db.update(orders).set({ expiresAt: new Date('1999-01-01T00:00:00Z') }).where(eq(orders.id, order.orderId));
        expect(await sweepExpiredOrders({ limit: 1 })).toEqual({ expired: 1 });
      },
      10,
    );
  });

  it('a payment that eSewa never received, once the payment window has closed', async () => {
    const { order, shopper, product } = await placeEsewaOrder({ quantity: 2 });
    await signedFormFor(order, shopper.id);
    // Back from eSewa without an answer (pending), which also keeps the sweep away from this order.
    await db.update(payments).set({ status: 'pending', createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, order.orderId));
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, order.orderId));
    await expectShownAfter(product.id, async () => expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ expired: 1 }), 10);
  });

  it('a prescription rejection that cancels the waiting order', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createStaff('pharmacist');
    const product = await createProduct({ requiresPrescription: true });
    const order = await sell(shopper, product.id, 2);
    expect(order.status).toBe('awaiting_prescription');
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(order.orderId, rx.id);
    await expectShownAfter(
      product.id,
      async () => {
        const outcome = await rejectPrescription({ prescriptionId: rx.id, reason: 'unreadable', detail: 'Please upload a sharper photo.' }, pharmacist);
        expect(outcome.cancelledOrders).toEqual([order.number]);
      },
      10,
    );
  });

  it('receiving, adjusting and writing off stock', async () => {
    const staff = await createStaff('pharmacist');
    const product = await createProduct({ batches: [{ quantity: 10, expiryDate: '2099-12-31' }, { quantity: 4, expiryDate: '2020-01-31' }] });
    const receive = () => receiveBatch({ productId: product.id, batchNumber: 'NEW-1', expiryDate: '2099-06-30', quantity: 5, costRupees: 2 }, staff);
    await expectShownAfter(product.id, receive, 15);
    await expectShownAfter(product.id, receive, 20);
    await expectShownAfter(product.id, () => adjustBatch({ batchId: product.batchIds[0]!, quantityChange: -2, reason: 'Two strips crushed' }, staff), 18);
    // Expired units were never shown; the write-off still expires the page, which keeps its count.
    await expectShownAfter(product.id, () => writeOffExpired({ productId: product.id }, staff), 18);
  });
});
