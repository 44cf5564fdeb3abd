import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, orders, prescriptions } from '@/db/schema';
import { createPatient } from '@/lib/patients/patients';
import { patientSchema } from '@/lib/patients/validation';
import { safetyReviewForOrder, safetyReviewForPrescription } from '@/lib/safety/load';
import { placeTestOrder } from '@/test-support/factories/orders';
import { createPrescription, seededRxProduct } from '@/test-support/factories/prescriptions';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { UnacknowledgedWarningsError } from './errors';
import { approvePrescription } from './review';

async function stockedOtc(generic: string): Promise<number> {
  const rows = (await db.execute(sql`
    select p.id from products p
    where p.generic_name = ${generic} and p.active and not p.requires_prescription
      and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 5
    order by p.id limit 1`)) as unknown as { id: number }[];
  return rows[0]!.id;
}

/** A father on clopidogrel whose order also holds omeprazole: a major interaction the pharmacist must acknowledge. */
async function interactionUnderReview() {
  const customer = await createCustomer();
  const father = await createPatient(db, customer.id, patientSchema.parse({ name: 'Ram Bahadur', relationship: 'parent', ageYears: '70', sex: 'male', allergies: 'None', conditions: 'Stent in 2024' }));
  const clopidogrel = await seededRxProduct('Clopidogrel');
  const omeprazole = await stockedOtc('Omeprazole');
  const prescription = await createPrescription({ customer, patientId: father.id });
  const order = await placeTestOrder({ customer, lines: [{ productId: clopidogrel.id, quantity: 1 }, { productId: omeprazole, quantity: 1 }], prescriptionIds: [prescription.id] });
  return { customer, father, clopidogrel, prescription, order };
}

const approval = (prescriptionId: string, productId: number, acknowledge: string[]) => ({ prescriptionId, productId: String(productId), quantity: '1', validUntil: '2099-12-31', acknowledge });

describe('safety warnings at prescription approval', () => {
  it("shows the patient and the interaction, computed from the order lines and the prescription's patient", async () => {
    const { father, prescription, order } = await interactionUnderReview();
    const review = await safetyReviewForPrescription(db, prescription.id);
    expect(review.patients.map((p) => [p.name, p.age, p.conditions])).toEqual([['Ram Bahadur', 'about 70 years', 'Stent in 2024']]);
    expect(review.warnings.map((w) => [w.type, w.severity, w.id])).toEqual([['interaction', 'major', `interaction:${father.id}:clopidogrel+omeprazole`]]);
    expect((await safetyReviewForOrder(db, order.orderId)).warnings.map((w) => w.id)).toEqual(review.warnings.map((w) => w.id));
  });

  it('refuses the approval until every warning is acknowledged, changing nothing, then audits the acknowledgement', async () => {
    const { clopidogrel, prescription, order } = await interactionUnderReview();
    const pharmacist = await createStaff('pharmacist');
    const reviewer = { id: pharmacist.id, role: pharmacist.role };
    const { warnings } = await safetyReviewForPrescription(db, prescription.id);

    await expect(approvePrescription(approval(prescription.id, clopidogrel.id, []), reviewer)).rejects.toBeInstanceOf(UnacknowledgedWarningsError);
    await expect(approvePrescription(approval(prescription.id, clopidogrel.id, ['interaction:forged']), reviewer)).rejects.toBeInstanceOf(UnacknowledgedWarningsError);
    const [pending] = await db.select({ status: prescriptions.status }).from(prescriptions).where(eq(prescriptions.id, prescription.id));
    expect(pending?.status).toBe('pending');
    const [waiting] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.orderId));
    expect(waiting?.status).toBe('awaiting_prescription');

    const outcome = await approvePrescription(approval(prescription.id, clopidogrel.id, warnings.map((w) => w.id)), reviewer);
    expect(outcome.confirmedOrders).toEqual([order.number]);
    const audited = await db
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'prescription.safety_warnings_acknowledged'), eq(auditLog.entityId, prescription.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorId).toBe(pharmacist.id);
    expect(audited[0]!.details).toMatchObject({ warnings: [{ type: 'interaction', severity: 'major', patient: 'Ram Bahadur', source: expect.stringMatching(/FDA label, Plavix/) }] });
  });

  it('approves with nothing to acknowledge when there are no warnings, and audits no acknowledgement', async () => {
    const customer = await createCustomer();
    const rx = await seededRxProduct();
    const prescription = await createPrescription({ customer });
    await placeTestOrder({ customer, lines: [{ productId: rx.id, quantity: 1 }], prescriptionIds: [prescription.id] });
    const pharmacist = await createStaff('pharmacist');
    expect((await safetyReviewForPrescription(db, prescription.id)).warnings).toEqual([]);
    await approvePrescription(approval(prescription.id, rx.id, []), { id: pharmacist.id, role: pharmacist.role });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'prescription.safety_warnings_acknowledged'), eq(auditLog.entityId, prescription.id)))).toEqual([]);
  });
});
