import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { orderItems, orders, prescriptions } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiCustomer } = await import('@/test-support/api-session');
const { createPatient } = await import('@/lib/patients/patients');
const { patientSchema } = await import('@/lib/patients/validation');
const { photo, seededRxProduct } = await import('@/test-support/factories/prescriptions');
const schemas = await import('@/lib/api/contract/schemas');

const grandmother = () => patientSchema.parse({ name: 'Laxmi Devi', relationship: 'grandparent', ageYears: '81', sex: 'female', conditions: 'Heart failure' });

async function upload(token: string, patientId?: string) {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), 'rx.jpg');
  if (patientId) form.set('patientId', patientId);
  return call('POST', '/prescriptions', {}, { token, body: form });
}

describe('patients over /api/v1', () => {
  it("refuses an upload for another account's patient (422) and files one for the caller's own", async () => {
    const owner = await apiCustomer();
    const intruder = await apiCustomer();
    const theirs = await createPatient(db, owner.id, grandmother());
    const forged = await upload(intruder.accessToken, theirs.id);
    expect(forged.status).toBe(422);
    expect(await db.select().from(prescriptions).where(eq(prescriptions.userId, intruder.id))).toEqual([]);

    const mine = await createPatient(db, intruder.id, grandmother());
    const uploaded = await upload(intruder.accessToken, mine.id);
    expect(uploaded.status).toBe(201);
    const list = schemas.prescriptionListSchema.parse(await (await call('GET', '/prescriptions', {}, { token: intruder.accessToken })).json());
    expect(list.items.map((p) => p.patientName)).toEqual(['Laxmi Devi']);
  });

  it("refuses a checkout naming another account's patient, placing nothing, and records the caller's own on the lines", async () => {
    const owner = await apiCustomer();
    const shopper = await apiCustomer();
    const theirs = await createPatient(db, owner.id, grandmother());
    const rx = await seededRxProduct();
    const { id: prescriptionId } = schemas.uploadedPrescriptionSchema.parse(await (await upload(shopper.accessToken)).json());
    expect((await call('POST', '/cart/items', {}, { token: shopper.accessToken, json: { productId: rx.id, quantity: 1 } })).status).toBe(200);
    const checkout = (key: string, patientId: string) =>
      call('POST', '/checkout', {}, { token: shopper.accessToken, json: { addressId: shopper.addressId, paymentMethod: 'cod', prescriptionId, patientId }, headers: { 'idempotency-key': key } });

    const forged = await checkout('patient-forged-1', theirs.id);
    expect(forged.status).toBe(422);
    expect((await checkout('patient-forged-2', 'not-a-uuid')).status).toBe(400);
    expect(await db.select().from(orders).where(eq(orders.userId, shopper.id))).toEqual([]);

    const mine = await createPatient(db, shopper.id, grandmother());
    expect((await checkout('patient-own-1', mine.id)).status).toBe(201);
    const lines = await db.select({ patientId: orderItems.patientId }).from(orderItems).innerJoin(orders, eq(orders.id, orderItems.orderId)).where(eq(orders.userId, shopper.id));
    expect(lines).toEqual([{ patientId: mine.id }]);
  });
});
