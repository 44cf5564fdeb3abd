import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { notifications, orderEvents, orders } = await import('@/db/schema');
const { placeOrder } = await import('@/lib/orders/place-order');
const { IllegalTransitionError, PrescriptionRequiredError } = await import('@/lib/orders/errors');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { createProduct } = await import('@/test-support/factories/products');
const { checkoutKey } = await import('@/test-support/factories/orders');
const { ledgerMismatches, stockOf } = await import('@/test-support/stock-checks');
const { performOrderStep } = await import('./perform-step');
const { allowedSteps } = await import('./steps');
const { getOrderForStaff } = await import('./detail');

async function placed(options: { method?: 'cod' | 'esewa'; rx?: boolean; quantity?: number } = {}) {
  const shopper = await createCustomer();
  const product = await createProduct({ requiresPrescription: options.rx, batches: [{ quantity: 10, expiryDate: '2099-12-31' }] });
  const order = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: options.method ?? 'cod', lines: [{ productId: product.id, quantity: options.quantity ?? 3 }] });
  return { shopper, product, order };
}

const state = async (orderId: string) => (await db.select({ status: orders.status, paymentStatus: orders.paymentStatus, courier: orders.courier, trackingNote: orders.trackingNote, cancelReason: orders.cancelReason }).from(orders).where(eq(orders.id, orderId)))[0]!;
const events = async (orderId: string) => db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);

describe('staff order buttons', () => {
  it('moves a cash-on-delivery order confirmed → packed → dispatched → cash received → delivered, refusing every step out of turn', async () => {
    const staff = await createStaff('pharmacist');
    const { order } = await placed();
    const step = (input: Record<string, unknown>) => performOrderStep({ orderId: order.orderId, ...input }, staff);
    expect((await state(order.orderId)).status).toBe('confirmed');
    expect(allowedSteps({ status: 'confirmed', paymentStatus: 'unpaid', paymentMethod: 'cod' })).toEqual(['pack', 'cancel']);

    await expect(step({ step: 'deliver' })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(step({ step: 'dispatch', courier: 'Pathao' })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(step({ step: 'cash_received' })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(step({ step: 'confirm' })).rejects.toBeInstanceOf(IllegalTransitionError);

    await step({ step: 'pack', note: 'Packed by Hari' });
    expect((await state(order.orderId)).status).toBe('packed');
    await expect(step({ step: 'pack' })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(step({ step: 'dispatch' })).rejects.toBeInstanceOf(ZodError); // a courier is required

    await step({ step: 'dispatch', courier: 'Pathao Parcel', trackingNote: 'PTH-99812, rider Ram 9800000000' });
    expect(await state(order.orderId)).toMatchObject({ status: 'dispatched', courier: 'Pathao Parcel', trackingNote: 'PTH-99812, rider Ram 9800000000' });
    const dispatchedEmail = await db.select().from(notifications).where(and(eq(notifications.template, 'order-dispatched'), eq(notifications.toEmail, (await getOrderForStaff(order.number))!.customer.email)));
    expect(dispatchedEmail).toHaveLength(1);
    await expect(step({ step: 'cancel', reason: 'Too late now' })).rejects.toBeInstanceOf(IllegalTransitionError);

    await step({ step: 'cash_received' });
    expect(await state(order.orderId)).toMatchObject({ status: 'dispatched', paymentStatus: 'paid' });
    await expect(step({ step: 'cash_received' })).rejects.toBeInstanceOf(IllegalTransitionError);

    await step({ step: 'deliver' });
    expect(await state(order.orderId)).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
    expect((await getOrderForStaff(order.number))!.steps).toEqual([]);
    for (const s of ['confirm', 'pack', 'deliver', 'cash_received'] as const) await expect(step({ step: s })).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(step({ step: 'cancel', reason: 'Changed mind' })).rejects.toBeInstanceOf(IllegalTransitionError);

    const history = await events(order.orderId);
    expect(history.map((e) => [e.toStatus, e.toPaymentStatus])).toEqual([
      ['confirmed', 'unpaid'],
      ['packed', 'unpaid'],
      ['dispatched', 'unpaid'],
      ['dispatched', 'paid'],
      ['delivered', 'paid'],
    ]);
    expect(history.slice(1).every((e) => e.actorId === staff.id && e.actorRole === 'pharmacist')).toBe(true);
    expect(history[2]!.note).toBe('Sent with Pathao Parcel. PTH-99812, rider Ram 9800000000');
  });

  it('delivering an unpaid cash order marks it paid at the door', async () => {
    const staff = await createStaff('admin');
    const { order } = await placed();
    for (const input of [{ step: 'pack' }, { step: 'dispatch', courier: 'Upaya' }, { step: 'deliver' }]) await performOrderStep({ orderId: order.orderId, ...input }, staff);
    expect(await state(order.orderId)).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
  });

  it('cancels with the reason the shopper sees, restocks, and refuses a second cancel', async () => {
    const staff = await createStaff('pharmacist');
    const { product, order } = await placed({ quantity: 4 });
    expect(await stockOf(product.id)).toBe(6);
    await expect(performOrderStep({ orderId: order.orderId, step: 'cancel', reason: '' }, staff)).rejects.toBeInstanceOf(ZodError);
    await performOrderStep({ orderId: order.orderId, step: 'pack' }, staff);
    const result = await performOrderStep({ orderId: order.orderId, step: 'cancel', reason: 'Customer could not be reached' }, staff);
    expect(result.restockedProducts).toEqual([product.id]);
    expect(await state(order.orderId)).toMatchObject({ status: 'cancelled', cancelReason: 'Customer could not be reached' });
    expect(await stockOf(product.id)).toBe(10);
    expect(await ledgerMismatches(product.id)).toEqual([]);
    await expect(performOrderStep({ orderId: order.orderId, step: 'cancel', reason: 'Again' }, staff)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(await stockOf(product.id)).toBe(10);
  });

  it('will not confirm an unpaid eSewa order or a prescription order without an approved prescription', async () => {
    const staff = await createStaff('pharmacist');
    const esewa = await placed({ method: 'esewa' });
    expect(allowedSteps({ status: 'pending_payment', paymentStatus: 'unpaid', paymentMethod: 'esewa' })).toEqual(['cancel']);
    await expect(performOrderStep({ orderId: esewa.order.orderId, step: 'confirm' }, staff)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await state(esewa.order.orderId)).status).toBe('pending_payment');

    const rx = await placed({ rx: true });
    expect((await state(rx.order.orderId)).status).toBe('awaiting_prescription');
    await expect(performOrderStep({ orderId: rx.order.orderId, step: 'confirm' }, staff)).rejects.toBeInstanceOf(PrescriptionRequiredError);
    expect((await state(rx.order.orderId)).status).toBe('awaiting_prescription');
  });

  it('refuses cash received for an eSewa order and an unknown step', async () => {
    const staff = await createStaff('pharmacist');
    const { order } = await placed({ method: 'esewa' });
    await expect(performOrderStep({ orderId: order.orderId, step: 'cash_received' }, staff)).rejects.toBeInstanceOf(IllegalTransitionError);
    await expect(performOrderStep({ orderId: order.orderId, step: 'teleport' }, staff)).rejects.toBeInstanceOf(ZodError);
  });
});
