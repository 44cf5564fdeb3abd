import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { placeOrder } from '@/lib/orders/place-order';
import { transitionOrder } from '@/lib/orders/transitions';
import { checkoutKey } from '@/test-support/factories/orders';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { listAccountsHoldingStock } from './accounts-holding-stock';
import { loadDashboard } from './dashboard';
import { ordersHref, parseOrderFilter } from './orders/filters';
import { listOrdersForStaff } from './orders/list';

const place = (shopper: TestCustomer, productId: number, quantity: number, paymentMethod: 'cod' | 'esewa') =>
  placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod, lines: [{ productId, quantity }] });

describe('accounts holding stock without paying, for staff', () => {
  it('lists an account with several open orders and the units they hold, and links to exactly those orders', async () => {
    const hoarder = await createCustomer({ name: 'Hoarding Script' });
    const casual = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 50 }] });
    const rx = await createProduct({ requiresPrescription: true, batches: [{ quantity: 50 }] });
    const open = [await place(hoarder, product.id, 4, 'esewa'), await place(hoarder, rx.id, 3, 'cod'), await place(hoarder, product.id, 2, 'cod')];
    await place(casual, product.id, 1, 'esewa');
    // Packed by a pharmacist: no longer an open hold, and not in the link.
    await stockTransaction(db, (tx) => transitionOrder(tx, { orderId: open[2]!.orderId, to: 'packed', actor: null }));

    const listed = await listAccountsHoldingStock({ minOpenOrders: 2, limit: 1000 });
    expect(listed.find((a) => a.userId === hoarder.id)).toMatchObject({ name: 'Hoarding Script', email: hoarder.email, openOrders: 2, heldUnits: 7 });
    expect(listed.find((a) => a.userId === casual.id)).toBeUndefined();
    expect((await loadDashboard()).accountsHoldingStock.from).toBe(2);

    const link = new URL(ordersHref({ q: hoarder.email, open: '1' }), 'http://x');
    const linked = await listOrdersForStaff(parseOrderFilter(Object.fromEntries(link.searchParams)));
    expect(linked.rows.map((r) => r.number).sort()).toEqual([open[0]!.number, open[1]!.number].sort());
    const [packed] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, open[2]!.orderId));
    expect(packed!.status).toBe('packed');
  });
});
