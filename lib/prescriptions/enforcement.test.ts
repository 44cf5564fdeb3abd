import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, orders, prescriptions } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { PrescriptionRequiredError } from '@/lib/orders/errors';
import { transitionOrder } from '@/lib/orders/transitions';
import { approvePrescription, rejectPrescription } from './review';
import { getPrescriptionForReview } from './staff-queries';
import { createCustomer, createUser } from '@/test-support/factories/users';
import { placeTestOrder } from '@/test-support/factories/orders';
import { linkOrder, photo, seededRxProduct } from '@/test-support/factories/prescriptions';
import { SelfReviewError } from './errors';
import { uploadPrescription } from './upload';

async function orderStatus(id: string) {
  const [row] = await db.select({ status: orders.status, paymentStatus: orders.paymentStatus }).from(orders).where(eq(orders.id, id));
  return row!;
}

function move(orderId: string, to: 'confirmed' | 'packed' | 'dispatched', actor: { id: string; role: 'pharmacist' }) {
  return stockTransaction(db, (tx) => transitionOrder(tx, { orderId, to, actor }));
}

async function stockOf(productId: number) {
  const [row] = (await db.execute(sql`select coalesce(sum(quantity), 0)::int as q from inventory_batches where product_id = ${productId}`)) as unknown as { q: number }[];
  return row!.q;
}

describe('prescription enforcement on orders', () => {
  it('holds an Rx order until approval, then confirms it and lets it be packed and dispatched', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const actor = { id: pharmacist.id, role: 'pharmacist' as const };
    const product = await seededRxProduct();
    const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
    expect(order.status).toBe('awaiting_prescription');
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(order.orderId, rx.id);

    await expect(move(order.orderId, 'confirmed', actor)).rejects.toBeInstanceOf(PrescriptionRequiredError);
    expect((await orderStatus(order.orderId)).status).toBe('awaiting_prescription');

    const outcome = await approvePrescription(
      { prescriptionId: rx.id, productId: [String(product.id)], quantity: ['2'], validUntil: '2099-12-31', internalNote: 'checked by phone' },
      actor,
    );
    expect(outcome.confirmedOrders).toEqual([order.number]);
    expect((await orderStatus(order.orderId)).status).toBe('confirmed');
    await move(order.orderId, 'packed', actor);
    await move(order.orderId, 'dispatched', actor);
    expect((await orderStatus(order.orderId)).status).toBe('dispatched');

    const [email] = await db.select().from(notifications).where(and(eq(notifications.userId, shopper.id), eq(notifications.template, 'prescription-approved')));
    expect(email?.payload).toMatchObject({ validUntil: '2099-12-31' });
  });

  it('refuses to dispatch a packed Rx order whose prescription was never approved', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const product = await seededRxProduct();
    const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 1 }] });
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(order.orderId, rx.id);
    // As if something had pushed it along without the guard: dispatch still checks.
    await db.update(orders).set({ status: 'packed' }).where(eq(orders.id, order.orderId));
    await expect(move(order.orderId, 'dispatched', { id: pharmacist.id, role: 'pharmacist' })).rejects.toBeInstanceOf(PrescriptionRequiredError);
  });

  it('holds a second order that would go beyond the approved quantity', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const actor = { id: pharmacist.id, role: 'pharmacist' as const };
    const product = await seededRxProduct();
    const first = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(first.orderId, rx.id);
    await approvePrescription({ prescriptionId: rx.id, productId: String(product.id), quantity: '3', validUntil: '2099-12-31' }, actor);
    expect((await orderStatus(first.orderId)).status).toBe('confirmed');

    const second = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
    await linkOrder(second.orderId, rx.id);
    await expect(move(second.orderId, 'confirmed', actor)).rejects.toBeInstanceOf(PrescriptionRequiredError);
    expect((await orderStatus(second.orderId)).status).toBe('awaiting_prescription');
    // The pharmacist is warned that the prescription is being asked for beyond what was approved.
    const review = await getPrescriptionForReview(rx.id);
    expect(review.flags).toContain('orders_exceed_approval');
    expect(review.items).toEqual([expect.objectContaining({ productId: product.id, quantityApproved: 3, quantityUsed: 2 })]);

    // The one unit left is still usable.
    const third = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 1 }] });
    await linkOrder(third.orderId, rx.id);
    await move(third.orderId, 'confirmed', actor);
    expect((await orderStatus(third.orderId)).status).toBe('confirmed');
  });

  it('treats an expired prescription as covering nothing', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const actor = { id: pharmacist.id, role: 'pharmacist' as const };
    const product = await seededRxProduct();
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await approvePrescription({ prescriptionId: rx.id, productId: String(product.id), quantity: '5', validUntil: '2099-12-31' }, actor);
    await db.update(prescriptions).set({ validUntil: '2020-01-01' }).where(eq(prescriptions.id, rx.id));
    const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 1 }] });
    await linkOrder(order.orderId, rx.id);
    await expect(move(order.orderId, 'confirmed', actor)).rejects.toBeInstanceOf(PrescriptionRequiredError);
  });

  it('rejection cancels the waiting order, restocks it, marks a paid one refund_due and tells the shopper', async () => {
    const shopper = await createCustomer();
    const pharmacist = await createUser({ role: 'pharmacist' });
    const product = await seededRxProduct();
    const before = await stockOf(product.id);
    const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
    expect(await stockOf(product.id)).toBe(before - 2);
    // Paid already (as an eSewa order would be) so the refund path is exercised.
    await db.update(orders).set({ paymentStatus: 'paid' }).where(eq(orders.id, order.orderId));
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(order.orderId, rx.id);

    const outcome = await rejectPrescription(
      { prescriptionId: rx.id, reason: 'unreadable', detail: 'The photo is blurred; please take it again in daylight.' },
      { id: pharmacist.id, role: 'pharmacist' },
    );
    expect(outcome.cancelledOrders).toEqual([order.number]);
    expect(await orderStatus(order.orderId)).toEqual({ status: 'cancelled', paymentStatus: 'refund_due' });
    expect(await stockOf(product.id)).toBe(before);
    const templates = (await db.select({ template: notifications.template }).from(notifications).where(eq(notifications.userId, shopper.id))).map((n) => n.template);
    expect(templates).toContain('prescription-rejected');
    await expect(rejectPrescription({ prescriptionId: rx.id, reason: 'other', detail: 'again' }, { id: pharmacist.id, role: 'pharmacist' })).rejects.toThrow(
      /already been reviewed/,
    );
  });

  it('refuses a pharmacist approving or rejecting a prescription they uploaded, and leaves it pending for a colleague', async () => {
    const pharmacist = await createUser({ role: 'pharmacist' });
    const actor = { id: pharmacist.id, role: 'pharmacist' as const };
    const product = await seededRxProduct();
    const rx = await uploadPrescription({ userId: pharmacist.id, bytes: await photo() });
    await expect(approvePrescription({ prescriptionId: rx.id, productId: [String(product.id)], quantity: ['1'], validUntil: '2099-12-31' }, actor)).rejects.toBeInstanceOf(SelfReviewError);
    await expect(rejectPrescription({ prescriptionId: rx.id, reason: 'other', detail: 'mine' }, actor)).rejects.toThrow(/uploaded yourself/);
    const [row] = await db.select({ status: prescriptions.status, reviewerId: prescriptions.reviewerId }).from(prescriptions).where(eq(prescriptions.id, rx.id));
    expect(row).toEqual({ status: 'pending', reviewerId: null });
    const colleague = await createUser({ role: 'pharmacist' });
    await approvePrescription({ prescriptionId: rx.id, productId: [String(product.id)], quantity: ['1'], validUntil: '2099-12-31' }, { id: colleague.id, role: 'pharmacist' });
  });
});
