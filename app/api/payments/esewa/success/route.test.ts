import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditLog, notifications, orders, payments } from '@/db/schema';
import { encodeEsewaResponse } from '@/lib/payments/esewa';
import { decideAtSandbox, orderState, placeEsewaOrder, signedFormFor } from '@/test-support/payments';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { GET } from './route';

const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

const KEY = '8gBm/:&EnhH.1/q';
const deliver = (location: string) => GET(new Request(location));
const dataOf = (location: string) => new URL(location).searchParams.get('data')!;
const successUrl = (data: string) => `http://localhost:3000/api/payments/esewa/success?data=${encodeURIComponent(data)}`;

async function paidAtSandbox(options: Parameters<typeof placeEsewaOrder>[0] = {}) {
  const placed = await placeEsewaOrder(options);
  const fields = await signedFormFor(placed.order, placed.shopper.id);
  const location = await decideAtSandbox(sandbox.formUrl, fields, 'pay');
  return { ...placed, fields, location };
}

async function notificationsFor(userId: string, template: string) {
  const rows = await db.select({ template: notifications.template }).from(notifications).where(eq(notifications.userId, userId));
  return rows.filter((r) => r.template === template).length;
}

describe('GET /api/payments/esewa/success', () => {
  it('marks a verified, status-confirmed payment paid once and moves the order on', async () => {
    const { order, shopper, location } = await paidAtSandbox();
    const response = await deliver(location);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/orders/${order.number}`);

    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.attempts).toHaveLength(1);
    const reference = sandbox.ledger.get(state.attempts[0]!.transactionUuid)!.refId;
    expect(state.attempts[0]).toMatchObject({ status: 'complete', providerReference: reference, amountPaisa: order.totalPaisa });
    expect(state.events.filter((e) => e.toPaymentStatus === 'paid' && e.fromPaymentStatus === 'unpaid')).toHaveLength(1);
    expect(await notificationsFor(shopper.id, 'payment-received')).toBe(1);
  });

  it('sends a paid order with prescription-only lines to awaiting_prescription', async () => {
    const { order, location } = await paidAtSandbox({ requiresPrescription: true });
    await deliver(location);
    expect(await orderState(order.orderId)).toMatchObject({ status: 'awaiting_prescription', paymentStatus: 'paid' });
  });

  it('turns 50 concurrent deliveries of one callback into exactly one paid transition and one event', async () => {
    const { order, shopper, location } = await paidAtSandbox();
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(location)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([303]));
    expect(new Set(responses.map((r) => r.headers.get('location')))).toEqual(new Set([`http://localhost:3000/orders/${order.number}`]));

    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.events.filter((e) => e.toPaymentStatus === 'paid' && e.fromPaymentStatus !== 'paid')).toHaveLength(1);
    expect(state.events).toHaveLength(2); // placed, paid
    expect(await notificationsFor(shopper.id, 'payment-received')).toBe(1);

    // A later replay changes nothing either.
    expect((await deliver(location)).status).toBe(303);
    expect((await orderState(order.orderId)).events).toHaveLength(2);
  });

  it('cannot use a valid callback for order A to pay order B', async () => {
    const a = await paidAtSandbox();
    const b = await placeEsewaOrder();
    const bFields = await signedFormFor(b.order, b.shopper.id);

    // Swapping in B's uuid breaks the signature; the untouched callback only ever pays A.
    const forged = JSON.parse(Buffer.from(dataOf(a.location), 'base64').toString('utf8'));
    forged.transaction_uuid = bFields.transaction_uuid;
    expect((await deliver(successUrl(Buffer.from(JSON.stringify(forged)).toString('base64')))).status).toBe(400);
    expect((await deliver(a.location)).headers.get('location')).toContain(a.order.number);

    expect(await orderState(b.order.orderId)).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    expect((await orderState(b.order.orderId)).attempts[0]).toMatchObject({ status: 'initiated', providerReference: null });
    expect(await orderState(a.order.orderId)).toMatchObject({ paymentStatus: 'paid' });
  });

  it('refuses with 409 and audits an eSewa reference already recorded on another payment', async () => {
    const a = await paidAtSandbox();
    const b = await placeEsewaOrder();
    await signedFormFor(b.order, b.shopper.id);
    const reference = JSON.parse(Buffer.from(dataOf(a.location), 'base64').toString('utf8')).transaction_code as string;
    await db.update(payments).set({ providerReference: reference }).where(eq(payments.orderId, b.order.orderId));

    const response = await deliver(a.location);
    expect(response.status).toBe(409);
    expect(await orderState(a.order.orderId)).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'payment.reference_reused'));
    expect(audits.some((row) => (row.details as { reference?: string }).reference === reference)).toBe(true);
  });

  it('answers 400 for forged, malformed or mismatched data and changes nothing', async () => {
    const { order, fields, location } = await paidAtSandbox();
    const payload = JSON.parse(Buffer.from(dataOf(location), 'base64').toString('utf8'));
    const resigned = (changes: Record<string, string>, key = KEY) =>
      successUrl(encodeEsewaResponse({ transaction_code: payload.transaction_code, status: 'COMPLETE', total_amount: payload.total_amount, transaction_uuid: fields.transaction_uuid, product_code: 'EPAYTEST', ...changes }, key));

    for (const url of [
      resigned({}, 'not-the-key'),
      resigned({ total_amount: '1.0' }), // signed correctly, but not what we asked eSewa to collect
      resigned({ product_code: 'SOMEONEELSE' }),
      successUrl('%%%not-base64%%%'),
      successUrl(Buffer.from('{"status":').toString('base64')),
      'http://localhost:3000/api/payments/esewa/success',
    ]) {
      expect((await deliver(url)).status).toBe(400);
    }
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    expect(state.attempts[0]).toMatchObject({ status: 'initiated', lastCheckedAt: null });
  });

  it('answers 404 for a correctly signed callback naming a uuid we never issued', async () => {
    const data = encodeEsewaResponse({ transaction_code: '000ZZZZ', status: 'COMPLETE', total_amount: '100.0', transaction_uuid: 'MN-000000-NEVER-1', product_code: 'EPAYTEST' }, KEY);
    expect((await deliver(successUrl(data))).status).toBe(404);
  });

  it('leaves the order unpaid while the status API says PENDING, until reconciliation sees COMPLETE', async () => {
    const { order, fields, location } = await paidAtSandbox();
    sandbox.ledger.override(fields.transaction_uuid, 'PENDING');
    const response = await deliver(location);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    let state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    expect(state.attempts[0]!.status).toBe('pending');

    await reconcilePayments({ olderThanMinutes: 0, orderId: order.orderId });
    expect((await orderState(order.orderId)).paymentStatus).toBe('unpaid');

    sandbox.ledger.override(fields.transaction_uuid, null);
    const report = await reconcilePayments({ olderThanMinutes: 0, orderId: order.orderId });
    expect(report.outcomes).toEqual({ paid: 1 });
    state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.attempts[0]!.status).toBe('complete');
  });

  it('keeps a signed COMPLETE redirect pending when the status API answers NOT_FOUND, never re-sending the shopper to eSewa', async () => {
    const { order, shopper, fields, location } = await paidAtSandbox();
    sandbox.ledger.override(fields.transaction_uuid, 'NOT_FOUND');
    expect((await deliver(location)).headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    expect(state.attempts[0]!.status).toBe('pending');
    const { preparePayment } = await import('@/lib/payments/attempts');
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'checking' });
  });

  it('keeps a payment pending through a status API outage or timeout', async () => {
    const { order, fields, location } = await paidAtSandbox();
    sandbox.ledger.override(fields.transaction_uuid, 'outage');
    await deliver(location);
    let state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
    expect(state.attempts[0]).toMatchObject({ status: 'pending', lastStatusCheck: { code: 0, error_message: 'Service is currently unavailable' } });

    sandbox.ledger.override(fields.transaction_uuid, null);
    sandbox.ledger.statusDelayMs = 3_000;
    expect((await reconcilePayments({ olderThanMinutes: 0, orderId: order.orderId })).outcomes).toEqual({ unknown: 1 });
    state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('unpaid');
    expect(state.attempts[0]!.status).toBe('pending');
    const [row] = await db.select({ expiresAt: orders.expiresAt }).from(orders).where(eq(orders.id, order.orderId));
    expect(row!.expiresAt).not.toBeNull();
  });
});
