import { orderPrescriptions } from '@/db/schema';
import { approvePrescription, rejectPrescription } from '@/lib/prescriptions/review';
import { uploadPrescription } from '@/lib/prescriptions/upload';
import { factoryDatabase } from './database';
import { photo } from './prescription-images';
import { seededRxProduct } from './products';
import { createStaff, createCustomer, type TestUser } from './users';

// Images and the seeded product live in files browser tests can load (this one needs the server);
// prescription tests reach them here as well.
export { photo, renderPrescription } from './prescription-images';
export { seededRxProduct };

export async function linkOrder(orderId: string, prescriptionId: string): Promise<void> {
  const db = await factoryDatabase();
  await db.insert(orderPrescriptions).values({ orderId, prescriptionId });
}

export type PrescriptionOverrides = {
  customer?: TestUser;
  bytes?: Buffer;
  /** `pending` is as uploaded; approved/rejected go through the real review by a new pharmacist. */
  status?: 'pending' | 'approved' | 'rejected';
  /** What an approval covers: the product and quantity (a seeded prescription-only product, 10). */
  approve?: { productId?: number; quantity?: number; validUntil?: string };
  reviewer?: TestUser;
  /** One of the customer's patients (lib/patients); none means "self". */
  patientId?: string;
};

/** A prescription uploaded through the real upload (file stored, OCR queued), reviewed if asked. */
export async function createPrescription(overrides: PrescriptionOverrides = {}): Promise<{ id: string; flags: string[]; customer: TestUser }> {
  const database = await factoryDatabase();
  const customer = overrides.customer ?? (await createCustomer());
  const uploaded = await uploadPrescription({ userId: customer.id, bytes: overrides.bytes ?? (await photo()), patientId: overrides.patientId }, { database });
  const status = overrides.status ?? 'pending';
  if (status !== 'pending') {
    const reviewer = overrides.reviewer ?? (await createStaff('pharmacist'));
    const actor = { id: reviewer.id, role: reviewer.role };
    if (status === 'approved') {
      const productId = overrides.approve?.productId ?? (await seededRxProduct()).id;
      const input = { prescriptionId: uploaded.id, productId: String(productId), quantity: String(overrides.approve?.quantity ?? 10), validUntil: overrides.approve?.validUntil ?? '2099-12-31' };
      await approvePrescription(input, actor, database);
    } else {
      await rejectPrescription({ prescriptionId: uploaded.id, reason: 'unreadable', detail: 'The photo is blurred.' }, actor, database);
    }
  }
  return { ...uploaded, customer };
}
