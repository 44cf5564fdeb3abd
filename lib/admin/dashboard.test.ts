import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { categories, inventoryBatches, orders, payments, prescriptions, products, stockMovements } from '@/db/schema';
import { addDays } from '@/lib/nepal-time';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { createCustomer } from '@/test-support/factories/users';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { placeOrder } from '@/lib/orders/place-order';
import { transitionOrder } from '@/lib/orders/transitions';
import { loadDashboard } from './dashboard';
import { ordersHref, parseOrderFilter } from './orders/filters';
import { listOrdersForStaff } from './orders/list';
import { listBatches, listStock } from './stock';

/**
 * The dashboard on a database of its own (migrated, not seeded), so every figure can be worked
 * out by hand from the orders, batches and prescriptions made here, and compared with the list
 * each figure links to.
 */
let scratch: ScratchDatabase;
let db: Database;
let today: string;
const placed: { totalPaisa: number; daysAgo: number; counted: boolean; status: string }[] = [];

async function product(name: string, reorderLevel: number, batches: { quantity: number; expiryDate: string; costPaisa: number }[], active = true) {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const [row] = await db
    .insert(products)
    .values({ slug: `${name.toLowerCase()}-${randomBytes(3).toString('hex')}`, brandName: name, genericName: name, dosageForm: 'Tablet', packSize: '10', manufacturer: 'Lab', categoryId: category!.id, pricePaisa: 10_000, mrpPaisa: 10_000, reorderLevel, active })
    .returning({ id: products.id });
  for (const [i, b] of batches.entries()) {
    const [batch] = await db.insert(inventoryBatches).values({ productId: row!.id, batchNumber: `${name}-${i}`, ...b }).returning({ id: inventoryBatches.id });
    await db.insert(stockMovements).values({ productId: row!.id, batchId: batch!.id, quantityChange: b.quantity, reason: 'receive' });
  }
  return row!.id;
}

beforeAll(async () => {
  scratch = await createScratchDatabase({ prefix: 'medinest_dashboard' });
  db = scratch.db;
  await db.insert(categories).values({ slug: 'test', name: 'Test' });
  today = await nepalTodayInDatabase(db);

  // Stock: Plenty is fine; Scarce sits at its reorder level; Expiring has 10 units expiring in 20 days
  // and 30 in 75 days; Stale has only an expired batch (so it is also below its level); Hidden is inactive.
  const plenty = await product('Plenty', 10, [{ quantity: 500, expiryDate: '2099-12-31', costPaisa: 100 }]);
  await product('Scarce', 5, [{ quantity: 5, expiryDate: '2099-12-31', costPaisa: 100 }]);
  await product('Expiring', 3, [
    { quantity: 10, expiryDate: addDays(today, 20), costPaisa: 50 },
    { quantity: 30, expiryDate: addDays(today, 75), costPaisa: 50 },
  ]);
  await product('Stale', 2, [{ quantity: 7, expiryDate: addDays(today, -3), costPaisa: 1_234 }]);
  await product('Hidden', 50, [], false);

  bindFactoryDatabase(db);
  const shopper = await createCustomer({ name: 'Dash', address: { recipientName: 'Dash', district: 'Lalitpur', municipality: 'Lalitpur', ward: 3, street: 'Pulchowk' } });

  // Orders: [quantity, days ago, what happens to it].
  const plan: [number, number, 'keep' | 'cancel' | 'unpaid'][] = [[1, 0, 'keep'], [2, 0, 'keep'], [3, 0, 'cancel'], [1, 0, 'unpaid'], [4, 3, 'keep'], [5, 6, 'keep'], [2, 7, 'keep'], [6, 20, 'keep'], [1, 29, 'cancel'], [3, 31, 'keep']];
  for (const [quantity, daysAgo, fate] of plan) {
    // One buyer per order: an account may only hold a few open orders at once (lib/orders/open-holds.ts).
    const buyer = await createCustomer();
    const order = await placeOrder({ userId: buyer.id, addressId: buyer.addressId, checkoutKey: randomBytes(12).toString('hex'), paymentMethod: fate === 'unpaid' ? 'esewa' : 'cod', lines: [{ productId: plenty, quantity }] }, db);
    if (fate === 'cancel') await stockTransaction(db, (tx) => transitionOrder(tx, { orderId: order.orderId, to: 'cancelled', actor: null, note: 'test' }));
    await db.update(orders).set({ createdAt: sql`now() - make_interval(days => ${daysAgo})` }).where(eq(orders.id, order.orderId));
    placed.push({ totalPaisa: order.totalPaisa, daysAgo, counted: fate === 'keep', status: fate === 'keep' ? 'confirmed' : fate === 'cancel' ? 'cancelled' : 'pending_payment' });
    if (fate === 'unpaid') {
      await db.insert(payments).values([
        { orderId: order.orderId, provider: 'esewa', transactionUuid: `${order.number}-a`, amountPaisa: order.totalPaisa, status: 'pending' },
        { orderId: order.orderId, provider: 'esewa', transactionUuid: `${order.number}-b`, amountPaisa: order.totalPaisa, status: 'ambiguous' },
      ]);
    }
  }

  const file = { fileKey: 'k', fileStorage: 'local', fileMime: 'image/png', fileSize: 1, fileSha256: 'x' };
  await db.insert(prescriptions).values([
    { userId: shopper.id, ...file, status: 'pending', createdAt: sql`now() - interval '5 hours'` },
    { userId: shopper.id, ...file, status: 'pending', createdAt: sql`now() - interval '1 hour'` },
    { userId: shopper.id, ...file, status: 'approved', createdAt: sql`now() - interval '3 days'` },
  ]);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const sum = (rows: { totalPaisa: number }[]) => rows.reduce((s, r) => s + r.totalPaisa, 0);

describe('dashboard figures', () => {
  it('revenue and order counts for today, 7 and 30 days match the orders placed, and the lists they link to', async () => {
    const d = await loadDashboard(db);
    expect(d.today).toBe(today);
    for (const window of d.sales) {
      const expected = placed.filter((o) => o.counted && o.daysAgo < window.days);
      expect({ days: window.days, orders: window.orders, revenuePaisa: window.revenuePaisa }).toEqual({ days: window.days, orders: expected.length, revenuePaisa: sum(expected) });
      const linked = await listOrdersForStaff(parseOrderFilter(Object.fromEntries(new URL(ordersHref({ from: window.from, to: d.today, counted: '1' }), 'http://x').searchParams)), db);
      expect(linked.total).toBe(window.orders);
    }
    expect(d.sales.map((s) => s.orders)).toEqual([2, 4, 6]);
  });

  it('the daily chart has 30 days, oldest first, adding up to the 30-day figure', async () => {
    const d = await loadDashboard(db);
    expect(d.daily).toHaveLength(30);
    expect(d.daily[0]!.day).toBe(addDays(today, -29));
    expect(d.daily.at(-1)!.day).toBe(today);
    expect(d.daily.reduce((s, x) => s + x.revenuePaisa, 0)).toBe(d.sales[2]!.revenuePaisa);
    const threeDaysAgo = d.daily.find((x) => x.day === addDays(today, -3))!;
    expect(threeDaysAgo).toEqual({ day: addDays(today, -3), orders: 1, revenuePaisa: placed[4]!.totalPaisa });
  });

  it('orders by status count every order, and each bar links to a list of the same size', async () => {
    const d = await loadDashboard(db);
    const expected = (status: string) => placed.filter((o) => o.status === status).length;
    for (const row of d.byStatus) {
      expect(row.orders, row.status).toBe(expected(row.status));
      expect((await listOrdersForStaff(parseOrderFilter({ status: row.status }), db)).total).toBe(row.orders);
    }
  });

  it('prescriptions waiting, low stock, expiring and expired stock match the rows they summarise', async () => {
    const d = await loadDashboard(db);
    expect(d.prescriptions.waiting).toBe(2);
    const waitedHours = (Date.now() - d.prescriptions.oldestWaitingSince!.getTime()) / 3_600_000;
    expect(waitedHours).toBeGreaterThan(4.9);
    expect(waitedHours).toBeLessThan(5.5);
    expect(d.prescriptions.oldestWaitingMinutes! / 60).toBeCloseTo(waitedHours, 1);

    // Scarce (5 ≤ 5) and Stale (0 sellable ≤ 2); Plenty is above, Expiring has 40 > 3, Hidden is inactive.
    expect(d.lowStockProducts).toBe(2);
    const low = await listStock({ q: '', filter: 'low', page: 1 }, db);
    expect(low.rows.map((r) => r.brandName).sort()).toEqual(['Scarce', 'Stale']);

    expect(d.expiring).toEqual([
      { days: 30, batches: 1, units: 10 },
      { days: 60, batches: 1, units: 10 },
      { days: 90, batches: 2, units: 40 },
    ]);
    for (const window of d.expiring) expect((await listBatches({ expiring: window.days }, db)).length).toBe(window.batches);

    expect(d.expired).toEqual({ batches: 1, units: 7, valuePaisa: 7 * 1_234 });
    const expiredRows = await listBatches({ expired: '1' }, db);
    expect(expiredRows.reduce((s, r) => s + r.valuePaisa, 0)).toBe(d.expired.valuePaisa);
  });

  it('lists the eSewa payments reconciliation left pending or ambiguous, and the linked order list holds their order', async () => {
    const d = await loadDashboard(db);
    expect(d.paymentsNeedingAttention.map((p) => p.status).sort()).toEqual(['ambiguous', 'pending']);
    const linked = await listOrdersForStaff(parseOrderFilter({ attention: '1' }), db);
    expect(linked.rows.map((r) => r.number)).toEqual([d.paymentsNeedingAttention[0]!.orderNumber]);
  });
});
