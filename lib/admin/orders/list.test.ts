import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addresses, orders, users } from '@/db/schema';
import { placeOrder } from '@/lib/orders/place-order';
import { createCustomer } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { checkoutKey } from '@/test-support/factories/orders';
import { ordersCsv } from '../exports';
import { parseOrderFilter } from './filters';
import { listOrdersForStaff } from './list';

async function orderFor(name: string, phone: string, note?: string) {
  const shopper = await createCustomer();
  await db.update(users).set({ name }).where(eq(users.id, shopper.id));
  await db.update(addresses).set({ recipientName: name, phone }).where(eq(addresses.id, shopper.addressId));
  const product = await createProduct();
  return placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', deliveryNotes: note, lines: [{ productId: product.id, quantity: 1 }] });
}

describe('staff order list', () => {
  it('finds an order by number, by customer name and by phone, with or without +977', async () => {
    const name = `Bishnu ${randomBytes(3).toString('hex')}`;
    const phone = `98${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const order = await orderFor(name, phone);
    for (const q of [order.number, order.number.toLowerCase(), name.split(' ')[1]!, phone, `+977-${phone}`]) {
      const { rows } = await listOrdersForStaff(parseOrderFilter({ q }));
      expect(rows.map((r) => r.number), q).toEqual([order.number]);
    }
  });

  it('does not match phone numbers by the digits inside an email or a name', async () => {
    const phone = `98${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await orderFor(`Hari ${randomBytes(3).toString('hex')}`, phone);
    for (const q of [`nobody${phone}@example.test`, `order ${phone} please`]) {
      expect((await listOrdersForStaff(parseOrderFilter({ q }))).rows, q).toEqual([]);
    }
  });

  it('filters by status, payment, method and Nepal date range, and ignores values that are not filters', async () => {
    const order = await orderFor(`Gita ${randomBytes(3).toString('hex')}`, '9811111111');
    await db.update(orders).set({ createdAt: sql`'2024-03-15 20:00:00+00'` }).where(eq(orders.id, order.orderId)); // 16 March in Nepal
    const find = async (raw: Record<string, string>) => (await listOrdersForStaff(parseOrderFilter({ ...raw, q: order.number }))).rows.length;
    expect(await find({ from: '2024-03-16', to: '2024-03-16' })).toBe(1);
    expect(await find({ from: '2024-03-15', to: '2024-03-15' })).toBe(0);
    // The same Nepal day typed in Bikram Sambat: 3 Chaitra 2080.
    expect(await find({ from: '2080-12-03', to: '2080/12/03' })).toBe(1);
    expect(await find({ from: '2080-12-04' })).toBe(0);
    expect(await find({ to: '2080-12-02' })).toBe(0);
    expect(await find({ status: 'confirmed', payment: 'unpaid', method: 'cod' })).toBe(1);
    expect(await find({ status: 'packed' })).toBe(0);
    expect(await find({ method: 'esewa' })).toBe(0);
    expect(await find({ status: "confirmed' or 1=1 --", from: 'yesterday' })).toBe(1);
  });

  it('exports the filtered orders as CSV with a formula in a delivery note neutralised', async () => {
    const order = await orderFor(`=cmd|' /C calc'!A0 ${randomBytes(2).toString('hex')}`, '9822222222', '=HYPERLINK("http://evil.test","Click")');
    const csv = await ordersCsv({ q: order.number });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^order_number,placed_at,status/);
    // Placed-at on the Nepal clock, with its offset so a spreadsheet still reads the right instant.
    expect(lines[1]).toMatch(new RegExp(`^${order.number},\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:45,`));
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""Click"")"`);
    expect(lines[1]).toContain(`'=cmd|' /C calc'!A0`);
    expect(lines[1]).not.toMatch(/,=/);
  });
});
