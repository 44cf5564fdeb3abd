import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));
const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());

const { db } = await import('@/db/client');
const { smsMessages } = await import('@/db/schema');
const { placeOrder } = await import('@/lib/orders/place-order');
const { performOrderStep } = await import('@/lib/admin/orders/perform-step');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { createProduct } = await import('@/test-support/factories/products');
const { checkoutKey, placeTestOrder } = await import('@/test-support/factories/orders');
const { payments } = await import('@/db/schema');
const { reconcilePayments } = await import('@/lib/payments/reconcile');
const { recordRefund } = await import('@/lib/payments/refunds');
const { approvePrescription, rejectPrescription } = await import('@/lib/prescriptions/review');
const { uploadPrescription } = await import('@/lib/prescriptions/upload');
const { linkOrder, photo, seededRxProduct } = await import('@/test-support/factories/prescriptions');
const { decideAtSandbox, placeEsewaOrder, signedFormFor } = await import('@/test-support/payments');

const smsOf = (userId: string) => db.select({ template: smsMessages.template, text: smsMessages.text, locale: smsMessages.locale }).from(smsMessages).where(eq(smsMessages.userId, userId)).orderBy(asc(smsMessages.createdAt));

describe('order SMS from the places the emails are written', () => {
  it('confirmed, dispatched with courier and tracking, delivered: one SMS each in the shopper’s language', async () => {
    const staff = await createStaff('pharmacist');
    const shopper = await createCustomer({ locale: 'ne', phone: '9801234567' });
    const product = await createProduct({ batches: [{ quantity: 10, expiryDate: '2099-12-31' }] });
    const order = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] });
    const step = (input: Record<string, unknown>) => performOrderStep({ orderId: order.orderId, ...input }, staff);
    await step({ step: 'pack' });
    await step({ step: 'dispatch', courier: 'Pathao Parcel', trackingNote: 'PTH-99812' });
    await step({ step: 'cash_received' });
    await step({ step: 'deliver' });

    const sms = await smsOf(shopper.id);
    expect(sms.map((s) => s.template)).toEqual(['order-received', 'order-dispatched', 'order-delivered']);
    expect(sms.every((s) => s.locale === 'ne')).toBe(true);
    expect(sms[0]!.text).toContain(`अर्डर ${order.number} पुष्टि भयो`);
    expect(sms[1]!.text).toContain('Pathao Parcel मार्फत पठाइयो। PTH-99812');
    expect(sms[2]!.text).toContain(`/orders/${order.number}`);
  });

  it('an order waiting for its prescription says so', async () => {
    const shopper = await createCustomer();
    const product = await createProduct({ requiresPrescription: true, batches: [{ quantity: 10, expiryDate: '2099-12-31' }] });
    const order = await placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] });
    expect(await smsOf(shopper.id)).toMatchObject([{ template: 'order-received', text: expect.stringContaining(`Order ${order.number} received. A pharmacist will check your prescription`) }]);
  });

  it('a prescription approved, and one rejected with the reason: one SMS each', async () => {
    const pharmacist = await createStaff('pharmacist');
    const product = await seededRxProduct();
    const waiting = async () => {
      const shopper = await createCustomer();
      const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 1 }] });
      const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
      await linkOrder(order.orderId, rx.id);
      return { shopper, order, rx };
    };
    const approved = await waiting();
    await approvePrescription({ prescriptionId: approved.rx.id, productId: [String(product.id)], quantity: ['1'], validUntil: '2099-12-31' }, pharmacist);
    expect((await smsOf(approved.shopper.id)).map((s) => s.template)).toEqual(['order-received', 'prescription-approved']);
    const rejected = await waiting();
    await rejectPrescription({ prescriptionId: rejected.rx.id, reason: 'unreadable', detail: 'Please upload a sharper photo.' }, pharmacist);
    const sms = await smsOf(rejected.shopper.id);
    expect(sms.map((s) => s.template)).toContain('prescription-rejected');
    expect(sms.find((s) => s.template === 'prescription-rejected')!.text).toMatch(/could not be read/i);
  });

  it('a payment received at eSewa, then a refund recorded after a cancellation: one SMS each', async () => {
    const staff = await createStaff('pharmacist');
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');
    // The shopper never came back from eSewa: reconciliation settles it.
    await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, order.orderId));
    await reconcilePayments({ orderId: order.orderId });
    await performOrderStep({ orderId: order.orderId, step: 'cancel', reason: 'Out of stock at the pharmacy.' }, staff);
    await recordRefund({ orderId: order.orderId, reference: 'ESEWA-RF-1001' }, staff);
    const sms = await smsOf(shopper.id);
    expect(sms.map((s) => s.template)).toEqual(expect.arrayContaining(['payment-received', 'refund-recorded']));
    expect(sms.filter((s) => s.template === 'payment-received')).toHaveLength(1);
    expect(sms.find((s) => s.template === 'refund-recorded')!.text).toContain('ESEWA-RF-1001');
  });
});
