import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { nextControlFlow, signedIn, signInAs } from '@/test-support/admin-session';

vi.hoisted(() => Object.assign(process.env, { OCR_AFTER_UPLOAD: '0' }));
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { refillReminders } = await import('@/db/schema');
const { placeOrderFromCart } = await import('@/lib/orders/checkout-cart');
const { createPrescription, seededRxProduct } = await import('@/test-support/factories/prescriptions');
const { cartLinesForUser } = await import('@/lib/cart/cart-store');
const { createProduct } = await import('@/test-support/factories/products');
const { createCustomer } = await import('@/test-support/factories/users');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { reorderRefillAction, setRefillStatusAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** A reminder as a delivery leaves it (the delivery itself is tested in lib/refills). */
async function reminderFor() {
  const owner = await createCustomer();
  const product = await createProduct({ genericName: 'Amlodipine', packSize: '10 tablets', batches: [{ quantity: 40, expiryDate: '2099-12-31' }] });
  const order = await placeTestOrder({ customer: owner, lines: [{ productId: product.id, quantity: 1 }] });
  const [row] = await db.insert(refillReminders).values({ userId: owner.id, productId: product.id, lastOrderId: order.orderId, quantity: 3, supplyDays: 15, runsOutOn: '2099-01-16', remindOn: '2099-01-12' }).returning({ id: refillReminders.id });
  return { owner, product, refillId: row!.id };
}

describe('refill reminder actions on the account page', () => {
  it('pause and reorder for the owner: the last quantity goes into the cart and checkout opens', async () => {
    const { owner, product, refillId } = await reminderFor();
    signInAs(owner);
    expect(await setRefillStatusAction(undefined, form({ refillId: String(refillId), status: 'paused' }))).toMatchObject({ ok: true, message: expect.stringContaining('paused') });
    expect((await db.select({ status: refillReminders.status }).from(refillReminders).where(eq(refillReminders.id, refillId)))[0]?.status).toBe('paused');
    const outcome = await reorderRefillAction(undefined, form({ refillId: String(refillId) })).catch((error: unknown) => nextControlFlow(error));
    expect(outcome).toBe('redirect');
    const lines = await cartLinesForUser(owner.id);
    expect(lines.find((l) => l.productId === product.id)?.quantity).toBe(3);
  });

  it("refuses another account's reminder, a forged status and an anonymous visitor", async () => {
    const { refillId } = await reminderFor();
    const intruder = await createCustomer();
    signInAs(intruder);
    expect(await setRefillStatusAction(undefined, form({ refillId: String(refillId), status: 'stopped' }))).toMatchObject({ ok: false, message: 'That reminder was not found.' });
    expect(await reorderRefillAction(undefined, form({ refillId: String(refillId) }))).toMatchObject({ ok: false, message: 'That reminder was not found.' });
    expect(await cartLinesForUser(intruder.id)).toEqual([]);
    expect(await setRefillStatusAction(undefined, form({ refillId: String(refillId), status: 'deleted' }))).toMatchObject({ ok: false });
    signInAs(null);
    expect((await setRefillStatusAction(undefined, form({ refillId: String(refillId), status: 'stopped' }))) as { ok: boolean }).toMatchObject({ ok: false });
    expect((await db.select({ status: refillReminders.status }).from(refillReminders).where(eq(refillReminders.id, refillId)))[0]?.status).toBe('active');
  });

  it('a reorder is covered by what remains of the still-valid prescription, and waits for a new one once it is used up', async () => {
    const owner = await createCustomer();
    const rx = await seededRxProduct('Amlodipine');
    // Approved for 6; the first order takes 3 and is confirmed on it at once.
    const prescription = await createPrescription({ customer: owner, status: 'approved', approve: { productId: rx.id, quantity: 6, validUntil: '2099-12-31' } });
    const first = await placeTestOrder({ customer: owner, lines: [{ productId: rx.id, quantity: 3 }], prescriptionIds: [prescription.id] });
    expect(first.status).toBe('confirmed');
    const [reminder] = await db.insert(refillReminders).values({ userId: owner.id, productId: rx.id, lastOrderId: first.orderId, quantity: 3, supplyDays: 30, runsOutOn: '2099-01-31', remindOn: '2099-01-27' }).returning({ id: refillReminders.id });
    signInAs(owner);
    const checkout = (key: string) => placeOrderFromCart({ userId: owner.id, checkoutKey: key, addressId: owner.addressId, paymentMethod: 'cod', prescriptionId: prescription.id });

    expect(await reorderRefillAction(undefined, form({ refillId: String(reminder!.id) })).catch((error: unknown) => nextControlFlow(error))).toBe('redirect');
    expect((await checkout('refill-reorder-000001')).status).toBe('confirmed');

    // Six of six used: the next reorder goes to the pharmacist with a new prescription.
    await reorderRefillAction(undefined, form({ refillId: String(reminder!.id) })).catch((error: unknown) => nextControlFlow(error));
    expect((await checkout('refill-reorder-000002')).status).toBe('awaiting_prescription');
  });
});
