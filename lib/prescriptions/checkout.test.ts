import { describe, expect, it } from 'vitest';
import { assertPrescriptionProvided, checkoutPrescriptionSchema, PrescriptionMissingError } from './checkout';
import { createCustomer } from '@/test-support/factories/users';
import { placeTestOrder } from '@/test-support/factories/orders';
import { photo, seededRxProduct } from '@/test-support/factories/prescriptions';
import { PrescriptionNotUsableError } from './errors';
import { linkPrescriptionsToOrder } from './link-order';
import { uploadPrescription } from './upload';
import { db } from '@/db/client';
import { products } from '@/db/schema';
import { eq } from 'drizzle-orm';

describe('the checkout prescription requirement', () => {
  it('refuses a cart with a prescription-only medicine and no prescription, and accepts one with', async () => {
    const rx = await seededRxProduct();
    const [otc] = await db.select({ id: products.id }).from(products).where(eq(products.requiresPrescription, false)).limit(1);
    await expect(assertPrescriptionProvided([otc!.id, rx.id], null)).rejects.toBeInstanceOf(PrescriptionMissingError);
    await expect(assertPrescriptionProvided([otc!.id, rx.id], '2f1c9a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b')).resolves.toBeUndefined();
    await expect(assertPrescriptionProvided([otc!.id], null)).resolves.toBeUndefined();
  });

  it('reads the form field as one prescription id or none', () => {
    expect(checkoutPrescriptionSchema.parse({ prescriptionId: '' }).prescriptionId).toBeNull();
    expect(checkoutPrescriptionSchema.parse({}).prescriptionId).toBeNull();
    expect(checkoutPrescriptionSchema.safeParse({ prescriptionId: '../etc' }).success).toBe(false);
  });

  it("refuses to link another account's prescription to an order", async () => {
    const owner = await createCustomer();
    const borrower = await createCustomer();
    const rx = await seededRxProduct();
    const { id } = await uploadPrescription({ userId: owner.id, bytes: await photo() });
    const order = await placeTestOrder({ customer: borrower, lines: [{ productId: rx.id, quantity: 1 }] });
    await expect(
      db.transaction((tx) => linkPrescriptionsToOrder(tx, { userId: borrower.id, orderId: order.orderId, prescriptionIds: [id] })),
    ).rejects.toBeInstanceOf(PrescriptionNotUsableError);
  });
});
