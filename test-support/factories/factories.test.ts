import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addresses, orders, prescriptions, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { stockOf, ledgerMismatches } from '../stock-checks';
import { createOrderRow } from './order-rows';
import { placeTestOrder } from './orders';
import { createPrescriptionRow } from './prescription-rows';
import { createPrescription } from './prescriptions';
import { createBatch, createProduct, seededRxProduct } from './products';
import { createCustomer, createCustomers, createStaff, createUser } from './users';

/** The kit every kind of test builds on: each factory leaves the rows it promises. */
const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

describe('test factories', () => {
  it('make users of each role, with or without two-factor, enabled or disabled, who can sign in', async () => {
    const customer = await createUser();
    expect(customer.role).toBe('customer');
    expect(await verifyPassword((await userRow(customer.id)).passwordHash, customer.password)).toBe(true);
    const pharmacist = await createStaff('pharmacist');
    expect((await userRow(pharmacist.id)).totpEnabledAt).toBeInstanceOf(Date);
    const newAdmin = await createStaff('admin', { twoFactor: false });
    expect(await userRow(newAdmin.id)).toMatchObject({ role: 'admin', totpEnabledAt: null });
    const disabled = await createUser({ disabled: true, email: `gone-${customer.id}@example.test` });
    expect((await userRow(disabled.id)).disabledAt).toBeInstanceOf(Date);
  });

  it('make customers with a default address to check out with', async () => {
    const [one, two] = await createCustomers(2);
    const single = await createCustomer({ address: { district: 'Kaski' } });
    for (const c of [one!, two!, single]) {
      const [address] = await db.select().from(addresses).where(eq(addresses.id, c.addressId));
      expect(address).toMatchObject({ userId: c.id, isDefault: true });
    }
    expect((await db.select().from(addresses).where(eq(addresses.id, single.addressId)))[0]!.district).toBe('Kaski');
  });

  it('make products whose stock the ledger explains', async () => {
    const product = await createProduct({ batches: [{ quantity: 4 }, { quantity: 6, expiryDate: '2098-01-01' }] });
    await createBatch(product.id, { quantity: 5 });
    expect(await stockOf(product.id)).toBe(15);
    expect(await ledgerMismatches(product.id)).toEqual([]);
    expect(await stockOf((await createProduct({ batches: [] })).id)).toBe(0);
  });

  it('place orders through placeOrder (stock taken) or write one at a status (stock untouched)', async () => {
    const product = await createProduct({ pricePaisa: 45_00, batches: [{ quantity: 5 }] });
    const placed = await placeTestOrder({ lines: [{ productId: product.id, quantity: 2 }] });
    expect(placed).toMatchObject({ status: 'confirmed', paymentMethod: 'cod' });
    expect(await stockOf(product.id)).toBe(3);
    const written = await createOrderRow({ userId: placed.customer.id, product, quantity: 2, status: 'packed' });
    expect((await db.select().from(orders).where(eq(orders.id, written.id)))[0]).toMatchObject({ status: 'packed', totalPaisa: 190_00 });
    expect(await stockOf(product.id)).toBe(3);
  });

  it('make prescriptions as uploaded, approved or rejected through the real review', async () => {
    const customer = await createCustomer();
    for (const status of ['pending', 'approved', 'rejected'] as const) {
      const { id } = await createPrescription({ customer, status });
      const [row] = await db.select({ status: prescriptions.status, reviewerId: prescriptions.reviewerId }).from(prescriptions).where(eq(prescriptions.id, id));
      expect(row!.status).toBe(status);
      expect(row!.reviewerId === null).toBe(status === 'pending');
    }
  });

  it('write a prescription row at an OCR stage without a file (for browser tests), and find a stocked seeded prescription-only product', async () => {
    const customer = await createCustomer();
    const { id } = await createPrescriptionRow({ userId: customer.id, ocrStatus: 'running' });
    const [row] = await db.select().from(prescriptions).where(eq(prescriptions.id, id));
    expect(row).toMatchObject({ userId: customer.id, ocrStatus: 'running', status: 'pending' });
    expect((await createPrescriptionRow({ userId: customer.id })).id).not.toBe(id);
    const rx = await seededRxProduct();
    expect(rx.slug).toMatch(/^[a-z0-9-]+$/);
    expect(await stockOf(rx.id)).toBeGreaterThanOrEqual(20);
  });
});
