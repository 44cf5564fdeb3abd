import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { signedIn, signInAs, nextControlFlow } from '@/test-support/admin-session';

vi.hoisted(() => Object.assign(process.env, { OCR_AFTER_UPLOAD: '0' }));
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { orderItems, orders, patients, prescriptions } = await import('@/db/schema');
const { addToCart, getOrCreateUserCart } = await import('@/lib/cart/cart-store');
const { createPatient, ensureSelfPatient } = await import('@/lib/patients/patients');
const { patientSchema } = await import('@/lib/patients/validation');
const { createPrescription, photo, seededRxProduct } = await import('@/test-support/factories/prescriptions');
const { createCustomer } = await import('@/test-support/factories/users');
const { createProduct } = await import('@/test-support/factories/products');
const { createPatientAction, removePatientAction, updatePatientAction } = await import('./actions');
const { placeOrderAction } = await import('@/app/[locale]/(shop)/checkout/actions');
const { POST: uploadRoute } = await import('@/app/api/prescriptions/route');

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of ([] as string[]).concat(value)) data.append(name, v);
  return data;
};
const father = () => patientSchema.parse({ name: 'Ram Bahadur', relationship: 'parent', ageYears: '72', sex: 'male', allergies: 'Sulfa' });
const run = async (promise: Promise<unknown>) => promise.catch((error: unknown) => (nextControlFlow(error) ? { redirected: true } : Promise.reject(error)));

describe('patients in form posts belong to the signed-in account only', () => {
  it('refuses to edit or remove another account\'s patient, and leaves it unchanged', async () => {
    const owner = await createCustomer();
    const intruder = await createCustomer();
    const theirs = await createPatient(db, owner.id, father());
    signInAs(intruder);
    const edit = (await updatePatientAction(undefined, form({ id: theirs.id, name: 'Changed', relationship: 'child', ageYears: '3', sex: 'female' }))) as { ok: boolean };
    expect(edit.ok).toBe(false);
    const remove = (await removePatientAction(undefined, form({ id: theirs.id }))) as { ok: boolean };
    expect(remove.ok).toBe(false);
    const [row] = await db.select({ name: patients.name, archivedAt: patients.archivedAt }).from(patients).where(eq(patients.id, theirs.id));
    expect(row).toEqual({ name: 'Ram Bahadur', archivedAt: null });
  });

  it('adds a patient to the signed-in account, whatever user id the form claims', async () => {
    const owner = await createCustomer();
    const other = await createCustomer();
    signInAs(owner);
    await run(createPatientAction(undefined, form({ name: 'Gita', relationship: 'child', ageYears: '9', sex: 'female', userId: other.id })));
    expect((await db.select({ userId: patients.userId }).from(patients).where(eq(patients.name, 'Gita'))).map((r) => r.userId)).toContain(owner.id);
    expect(await db.select().from(patients).where(eq(patients.userId, other.id))).toEqual([]);
    signInAs(null);
    expect(((await createPatientAction(undefined, form({ name: 'Anon', relationship: 'child', ageYears: '9', sex: 'female' }))) as { ok: boolean }).ok).toBe(false);
  });

  it("refuses an upload for another account's patient, and files one with no patient under self", async () => {
    const owner = await createCustomer();
    const intruder = await createCustomer();
    const theirs = await createPatient(db, owner.id, father());
    signInAs(intruder);
    const upload = (patientId?: string) => {
      const body = new FormData();
      body.set('file', new Blob([new Uint8Array(photoBytes!)], { type: 'image/jpeg' }), 'rx.jpg');
      if (patientId !== undefined) body.set('patientId', patientId);
      return uploadRoute(new Request('http://localhost/api/prescriptions', { method: 'POST', body }));
    };
    const photoBytes: Buffer | undefined = await photo();
    const forged = await upload(theirs.id);
    expect(forged.status).toBe(422);
    expect((await upload('x'.repeat(5000))).status).toBe(422);
    expect(await db.select().from(prescriptions).where(eq(prescriptions.userId, intruder.id))).toEqual([]);
    const plain = await upload();
    expect(plain.status).toBe(201);
    const { id } = (await plain.json()) as { id: string };
    const [row] = await db.select({ patientId: prescriptions.patientId }).from(prescriptions).where(eq(prescriptions.id, id));
    expect(row?.patientId).toBe((await ensureSelfPatient(db, intruder.id)).id);
  });

  it("refuses a checkout naming another account's patient on a line, placing nothing", async () => {
    const owner = await createCustomer();
    const intruder = await createCustomer();
    const theirs = await createPatient(db, owner.id, father());
    const rx = await seededRxProduct();
    const prescription = await createPrescription({ customer: intruder });
    await addToCart(await getOrCreateUserCart(intruder.id), rx.id, 1);
    signInAs(intruder);
    const fields = { checkoutKey: 'patients-forged-0001', addressId: intruder.addressId, paymentMethod: 'cod', prescriptionId: prescription.id };
    const refused = (await placeOrderAction(undefined, form({ ...fields, linePatient: `${rx.id}:${theirs.id}` }))) as { ok: boolean; fieldErrors?: Record<string, string[]> };
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toHaveProperty('linePatient');
    expect(await db.select().from(orders).where(eq(orders.userId, intruder.id))).toEqual([]);

    // The same checkout with the intruder's own patient goes through, and the line names that patient.
    const mine = await createPatient(db, intruder.id, father());
    await run(placeOrderAction(undefined, form({ ...fields, checkoutKey: 'patients-forged-0002', linePatient: `${rx.id}:${mine.id}` })));
    const lines = await db
      .select({ productId: orderItems.productId, patientId: orderItems.patientId })
      .from(orderItems)
      .innerJoin(orders, eq(orders.id, orderItems.orderId))
      .where(eq(orders.userId, intruder.id));
    expect(lines).toEqual([{ productId: rx.id, patientId: mine.id }]);
  });

  it('places an order with no prescription-only lines and no patient field at all', async () => {
    const shopper = await createCustomer();
    const product = await createProduct();
    await addToCart(await getOrCreateUserCart(shopper.id), product.id, 1);
    signInAs(shopper);
    const outcome = await run(placeOrderAction(undefined, form({ checkoutKey: 'patients-otc-00001', addressId: shopper.addressId, paymentMethod: 'cod' })));
    expect(outcome).toEqual({ redirected: true });
    const lines = await db.select({ patientId: orderItems.patientId }).from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId)).where(eq(orders.userId, shopper.id));
    expect(lines).toEqual([{ patientId: null }]);
  });

  it("gives a line with no choice the prescription's patient", async () => {
    const shopper = await createCustomer();
    const child = await createPatient(db, shopper.id, patientSchema.parse({ name: 'Kiran', relationship: 'child', ageYears: '6', sex: 'male' }));
    const rx = await seededRxProduct();
    const prescription = await createPrescription({ customer: shopper, patientId: child.id });
    await addToCart(await getOrCreateUserCart(shopper.id), rx.id, 1);
    signInAs(shopper);
    await run(placeOrderAction(undefined, form({ checkoutKey: 'patients-default-0001', addressId: shopper.addressId, paymentMethod: 'cod', prescriptionId: prescription.id, linePatient: `${rx.id}:` })));
    const lines = await db.select({ patientId: orderItems.patientId }).from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId)).where(eq(orders.userId, shopper.id));
    expect(lines).toEqual([{ patientId: child.id }]);
  });
});
