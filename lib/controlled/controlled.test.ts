import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { auditLog, controlledRegister, orders, prescriptions, products } = await import('@/db/schema');
const { performOrderStep } = await import('@/lib/admin/orders/perform-step');
const { IllegalTransitionError } = await import('@/lib/orders/errors');
const { createPatient } = await import('@/lib/patients/patients');
const { patientSchema } = await import('@/lib/patients/validation');
const { approvePrescription } = await import('@/lib/prescriptions/review');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { createPrescription, renderPrescription } = await import('@/test-support/factories/prescriptions');
const { createProduct } = await import('@/test-support/factories/products');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { ControlledPrescriberMissingError, PrescriberRequiredError } = await import('./errors');
const { controlledRegisterCsv, listControlledRegister } = await import('./register-list');
const { getPrescriptionForReview } = await import('@/lib/prescriptions/staff-queries');

type Staff = Awaited<ReturnType<typeof createStaff>>;

/** A shopper's order for a controlled medicine (two batches, so the register names both), waiting for its prescription. */
async function controlledOrder(options: { quantity?: number } = {}) {
  const customer = await createCustomer();
  const mother = await createPatient(db, customer.id, patientSchema.parse({ name: 'Sita Kumari Thapa', relationship: 'parent', ageYears: '64', sex: 'female', allergies: '', conditions: 'Chronic pain' }));
  const product = await createProduct({
    genericName: 'Tramadol',
    strength: '50 mg',
    requiresPrescription: true,
    controlled: true,
    batches: [
      { quantity: 2, expiryDate: '2098-01-31', batchNumber: `TRA-A-${Math.random().toString(36).slice(2, 8)}` },
      { quantity: 10, expiryDate: '2099-06-30', batchNumber: `TRA-B-${Math.random().toString(36).slice(2, 8)}` },
    ],
  });
  const prescription = await createPrescription({ customer, patientId: mother.id });
  const order = await placeTestOrder({ customer, lines: [{ productId: product.id, quantity: options.quantity ?? 3 }], prescriptionIds: [prescription.id] });
  return { customer, mother, product, prescription, order };
}

const approval = (prescriptionId: string, productId: number, extra: Record<string, string> = {}) => ({ prescriptionId, productId: String(productId), quantity: '3', validUntil: '2099-12-31', ...extra });
const actor = (staff: Staff) => ({ id: staff.id, role: staff.role });
const statusOf = async (orderId: string) => (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]!.status;
const registerOf = (orderId: string) => db.select().from(controlledRegister).where(eq(controlledRegister.orderId, orderId)).orderBy(controlledRegister.id);

describe('approving a prescription for a controlled medicine', () => {
  it("is refused without the prescriber's NMC number or name, with a message naming the medicine, and changes nothing", async () => {
    const { product, prescription, order } = await controlledOrder();
    const pharmacist = await createStaff('pharmacist');

    const refused = await approvePrescription(approval(prescription.id, product.id), actor(pharmacist)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PrescriberRequiredError);
    const error = refused as InstanceType<typeof PrescriberRequiredError>;
    expect(error.publicMessage).toMatch(/Testol .* 50 mg is a controlled medicine: enter the prescriber's name and NMC number/);
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['prescriberName', 'prescriberNmcNumber']);

    // A name without a number is still refused; so is a number alone.
    await expect(approvePrescription(approval(prescription.id, product.id, { prescriberName: 'Dr. Hari Koirala' }), actor(pharmacist))).rejects.toBeInstanceOf(PrescriberRequiredError);
    await expect(approvePrescription(approval(prescription.id, product.id, { prescriberNmcNumber: '4521' }), actor(pharmacist))).rejects.toBeInstanceOf(PrescriberRequiredError);
    // A malformed number never reaches the rule.
    await expect(approvePrescription(approval(prescription.id, product.id, { prescriberName: 'Dr. Hari Koirala', prescriberNmcNumber: '1234567' }), actor(pharmacist))).rejects.toBeInstanceOf(ZodError);
    await expect(approvePrescription(approval(prescription.id, product.id, { prescriberName: 'Dr. Hari Koirala', prescriberNmcNumber: '45\u000021' }), actor(pharmacist))).rejects.toBeInstanceOf(ZodError);

    const [still] = await db.select({ status: prescriptions.status, nmc: prescriptions.prescriberNmcNumber }).from(prescriptions).where(eq(prescriptions.id, prescription.id));
    expect(still).toEqual({ status: 'pending', nmc: null });
    expect(await statusOf(order.orderId)).toBe('awaiting_prescription');
  });

  it('is refused when a linked order holds a controlled line even if the approval leaves it out', async () => {
    const { prescription } = await controlledOrder();
    const other = await createProduct({ requiresPrescription: true });
    const pharmacist = await createStaff('pharmacist');
    await expect(approvePrescription(approval(prescription.id, other.id), actor(pharmacist))).rejects.toBeInstanceOf(PrescriberRequiredError);
  });

  it('records the prescriber, normalised, confirms the order and audits who prescribed it', async () => {
    const { product, prescription, order } = await controlledOrder();
    const pharmacist = await createStaff('pharmacist');
    const outcome = await approvePrescription(approval(prescription.id, product.id, { prescriberName: ' Dr. Hari Koirala ', prescriberNmcNumber: 'NMC No. 004521' }), actor(pharmacist));
    expect(outcome.confirmedOrders).toEqual([order.number]);
    const [saved] = await db.select({ name: prescriptions.prescriberName, nmc: prescriptions.prescriberNmcNumber }).from(prescriptions).where(eq(prescriptions.id, prescription.id));
    expect(saved).toEqual({ name: 'Dr. Hari Koirala', nmc: '4521' });
    const [audit] = await db.select({ details: auditLog.details }).from(auditLog).where(sql`${auditLog.action} = 'prescription.approved' and ${auditLog.entityId} = ${prescription.id}`);
    expect(audit?.details).toMatchObject({ prescriber: { name: 'Dr. Hari Koirala', nmcNumber: '4521' }, controlled: [expect.stringContaining('50 mg')] });
  });

  it('does not ask for the prescriber when nothing controlled is involved', async () => {
    const customer = await createCustomer();
    const product = await createProduct({ requiresPrescription: true });
    const prescription = await createPrescription({ customer });
    await placeTestOrder({ customer, lines: [{ productId: product.id, quantity: 1 }], prescriptionIds: [prescription.id] });
    const pharmacist = await createStaff('pharmacist');
    await expect(approvePrescription(approval(prescription.id, product.id), actor(pharmacist))).resolves.toMatchObject({ prescriptionId: prescription.id });
  });
});

describe('the controlled-medicine register', () => {
  async function approvedAndPacked(prescriberName = 'Dr. Hari Koirala') {
    const setup = await controlledOrder();
    const pharmacist = await createStaff('pharmacist', { name: 'Gita Pharmacist' });
    await approvePrescription(approval(setup.prescription.id, setup.product.id, { prescriberName, prescriberNmcNumber: '4521' }), actor(pharmacist));
    const dispatcher = await createStaff('pharmacist', { name: 'Bikash Dispatcher' });
    await performOrderStep({ orderId: setup.order.orderId, step: 'pack' }, actor(dispatcher));
    return { ...setup, pharmacist, dispatcher };
  }

  it('writes one row per controlled line at dispatch: patient, prescriber, batches, pharmacist, order, date', async () => {
    const { order, mother, product, dispatcher } = await approvedAndPacked();
    expect(await registerOf(order.orderId)).toEqual([]);
    await performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Pathao' }, actor(dispatcher));
    const rows = await registerOf(order.orderId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      orderNumber: order.number,
      patientId: mother.id,
      patientName: 'Sita Kumari Thapa',
      prescriberName: 'Dr. Hari Koirala',
      prescriberNmcNumber: '4521',
      productId: product.id,
      genericName: 'Tramadol',
      quantity: 3,
      pharmacistName: 'Gita Pharmacist',
      dispatchedByName: 'Bikash Dispatcher',
    });
    // First expiry first out: both of the first batch, then one of the second.
    expect(row.batches.map((b) => [b.expiryDate, b.quantity])).toEqual([['2098-01-31', 2], ['2099-06-30', 1]]);
    expect(row.dispensedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Delivery later adds nothing.
    await performOrderStep({ orderId: order.orderId, step: 'deliver' }, actor(dispatcher));
    expect(await registerOf(order.orderId)).toHaveLength(1);
  });

  it('writes it once when two staff press dispatch at the same moment', async () => {
    const { order, dispatcher } = await approvedAndPacked();
    const other = await createStaff('pharmacist');
    const results = await Promise.allSettled([
      performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Pathao' }, actor(dispatcher)),
      performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Upaya' }, actor(other)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.reason).toBeInstanceOf(IllegalTransitionError);
    expect(await registerOf(order.orderId)).toHaveLength(1);
    expect(await statusOf(order.orderId)).toBe('dispatched');
  });

  it('refuses the dispatch when no approved prescription records the prescriber (product made controlled after approval)', async () => {
    const customer = await createCustomer();
    const product = await createProduct({ requiresPrescription: true, batches: [{ quantity: 5, expiryDate: '2099-12-31' }] });
    const prescription = await createPrescription({ customer });
    const order = await placeTestOrder({ customer, lines: [{ productId: product.id, quantity: 1 }], prescriptionIds: [prescription.id] });
    const pharmacist = await createStaff('pharmacist');
    await approvePrescription(approval(prescription.id, product.id), actor(pharmacist));
    await performOrderStep({ orderId: order.orderId, step: 'pack' }, actor(pharmacist));
    await db.update(products).set({ controlled: true }).where(eq(products.id, product.id));

    await expect(performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Pathao' }, actor(pharmacist))).rejects.toBeInstanceOf(ControlledPrescriberMissingError);
    expect(await statusOf(order.orderId)).toBe('packed');
    expect(await registerOf(order.orderId)).toEqual([]);
  });

  it('is append-only: an entry cannot be changed or removed', async () => {
    const { order, dispatcher } = await approvedAndPacked();
    await performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Pathao' }, actor(dispatcher));
    await expect(db.update(controlledRegister).set({ quantity: 1 }).where(eq(controlledRegister.orderId, order.orderId))).rejects.toThrow();
    await expect(db.delete(controlledRegister).where(eq(controlledRegister.orderId, order.orderId))).rejects.toThrow();
    expect((await registerOf(order.orderId))[0]?.quantity).toBe(3);
  });

  it('lists by Nepal day and exports CSV an inspector can open safely (formulas neutralised, commas and quotes quoted)', async () => {
    const { order, dispatcher } = await approvedAndPacked('=HYPERLINK("http://evil.test","Dr, ""Hari""")');
    await performOrderStep({ orderId: order.orderId, step: 'dispatch', courier: 'Pathao' }, actor(dispatcher));
    const [row] = await registerOf(order.orderId);
    const day = row!.dispensedOn;

    const listed = await listControlledRegister({ from: day, to: day, page: 1 }, db);
    expect(listed.rows.map((r) => r.orderNumber)).toContain(order.number);
    expect((await listControlledRegister({ from: '2001-01-01', to: '2001-01-31', page: 1 }, db)).total).toBe(0);

    const { csv } = await controlledRegisterCsv({ from: day, to: day }, db);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('entry,dispensed_on,dispensed_at,order_number,patient,prescriber,prescriber_nmc_number,medicine,generic_name,quantity,batches,pharmacist,dispatched_by');
    const line = lines.find((l) => l.includes(order.number))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.test"",""Dr, """"Hari"""""")"`);
    expect(line).toContain(',Sita Kumari Thapa,');
    expect(line).toContain(',4521,');
    expect(line).toMatch(/TRA-A-\w+ \(exp 2098-01-31\) × 2; TRA-B-\w+ \(exp 2099-06-30\) × 1/);
    expect(csv.split('\r\n').some((l) => l.startsWith('='))).toBe(false);
  });
});

describe('prescriber and file checks across accounts at review', () => {
  it('flags the same file on both accounts, the earlier upload included', async () => {
    const bytes = await renderPrescription([`Same file ${Math.random()}`]);
    const first = await createPrescription({ customer: await createCustomer(), bytes });
    const second = await createPrescription({ customer: await createCustomer(), bytes });
    const mine = await createPrescription({ customer: first.customer, bytes });
    expect((await getPrescriptionForReview(first.id)).flags).toContain('same_file_other_account');
    expect((await getPrescriptionForReview(second.id)).otherAccounts.map((m) => [m.id, m.reason])).toEqual(expect.arrayContaining([[first.id, 'same_file'], [mine.id, 'same_file']]));
    // The same account uploading its own file twice is no cross-account match.
    expect((await getPrescriptionForReview(first.id)).otherAccounts.map((m) => m.id)).toEqual([second.id]);
  });

  it('flags the same prescriber and patient name from another account, and not from the same account', async () => {
    const nmc = String(100_000 + Math.floor(Math.random() * 800_000));
    const a = await createCustomer();
    const b = await createCustomer();
    const aPatient = await createPatient(db, a.id, patientSchema.parse({ name: 'Ram Bahadur Thapa', relationship: 'parent', ageYears: '70', sex: 'male', allergies: '', conditions: '' }));
    const product = await createProduct({ requiresPrescription: true });
    const approved = await createPrescription({ customer: a, patientId: aPatient.id, bytes: await renderPrescription([`A ${nmc}`]) });
    const pharmacist = await createStaff('pharmacist');
    await approvePrescription(approval(approved.id, product.id, { prescriberName: 'Dr. Sita Sharma', prescriberNmcNumber: `NMC ${nmc}` }), actor(pharmacist));

    // Account B's upload, read by OCR: same NMC number, the same patient written differently.
    const pending = await createPrescription({ customer: b, bytes: await renderPrescription([`B ${nmc}`]) });
    await db.update(prescriptions).set({ ocrStatus: 'done', ocrHints: { nmcNumber: nmc, patientName: 'ram bahadur  THAPA.', medicines: [] } }).where(eq(prescriptions.id, pending.id));
    const review = await getPrescriptionForReview(pending.id);
    expect(review.flags).toContain('same_prescriber_patient_other_account');
    expect(review.otherAccounts).toEqual([{ id: approved.id, customerEmail: a.email, reason: 'same_prescriber_patient' }]);

    // Another patient of the same doctor is no match; nor is A's own second prescription.
    const unrelated = await createPrescription({ customer: b, bytes: await renderPrescription([`C ${nmc}`]) });
    await db.update(prescriptions).set({ ocrStatus: 'done', ocrHints: { nmcNumber: nmc, patientName: 'Hari Prasad', medicines: [] } }).where(eq(prescriptions.id, unrelated.id));
    expect((await getPrescriptionForReview(unrelated.id)).flags).not.toContain('same_prescriber_patient_other_account');
    const own = await createPrescription({ customer: a, patientId: aPatient.id, bytes: await renderPrescription([`D ${nmc}`]) });
    await db.update(prescriptions).set({ ocrStatus: 'done', ocrHints: { nmcNumber: nmc, patientName: 'Ram Bahadur Thapa', medicines: [] } }).where(eq(prescriptions.id, own.id));
    expect((await getPrescriptionForReview(own.id)).otherAccounts.filter((m) => m.reason === 'same_prescriber_patient').map((m) => m.id)).toEqual([pending.id]);
  });
});
