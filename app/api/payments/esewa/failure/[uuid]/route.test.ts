import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { preparePayment, retryPayment } from '@/lib/payments/attempts';
import { OrderNotPayableError } from '@/lib/payments/errors';
import { decideAtSandbox, orderState, placeEsewaOrder, signedFormFor } from '@/test-support/payments';
import { GET as success } from '../../success/route';
import { GET } from './route';

const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

const failure = (location: string) => {
  const uuid = new URL(location).pathname.split('/').at(-1)!;
  return GET(new Request(location), { params: Promise.resolve({ uuid }) });
};

describe('GET /api/payments/esewa/failure/[uuid]', () => {
  it('marks a cancelled attempt, offers a retry with a new uuid, and the retry pays', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const first = await signedFormFor(order, shopper.id);
    const back = await decideAtSandbox(sandbox.formUrl, first, 'cancel');
    expect(back).toBe(first.failure_url);

    const response = await failure(back);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    expect((await orderState(order.orderId)).attempts[0]!.status).toBe('canceled');
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'retry', lastAttempt: 'canceled' });

    // A double click on "try again" makes one new attempt.
    const [a, b] = [await retryPayment({ orderNumber: order.number, userId: shopper.id }), await retryPayment({ orderNumber: order.number, userId: shopper.id })];
    expect(a!.transactionUuid).toBe(b!.transactionUuid);
    expect(a!.transactionUuid).not.toBe(first.transaction_uuid);
    const second = await signedFormFor(order, shopper.id);
    expect(second.transaction_uuid).toBe(a!.transactionUuid);

    const paid = await success(new Request(await decideAtSandbox(sandbox.formUrl, second, 'pay')));
    expect(paid.headers.get('location')).toBe(`http://localhost:3000/orders/${order.number}`);
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.attempts.map((attempt) => attempt.status)).toEqual(['canceled', 'complete']);

    // Replaying the old failure link afterwards changes nothing.
    expect((await failure(back)).headers.get('location')).toBe(`http://localhost:3000/orders/${order.number}`);
    expect((await orderState(order.orderId)).attempts.map((attempt) => attempt.status)).toEqual(['canceled', 'complete']);
  });

  it('keeps an attempt eSewa still calls PENDING open and refuses a retry meanwhile', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');
    sandbox.ledger.override(fields.transaction_uuid, 'PENDING');
    await failure(fields.failure_url);
    expect((await orderState(order.orderId)).attempts[0]!.status).toBe('pending');
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'checking' });
    await expect(retryPayment({ orderNumber: order.number, userId: shopper.id })).rejects.toBeInstanceOf(OrderNotPayableError);
  });

  it('counts the attempt failed when eSewa cannot be asked, so the shopper can retry', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    sandbox.ledger.override('*', 'outage');
    await failure(fields.failure_url);
    expect((await orderState(order.orderId)).attempts[0]!.status).toBe('failed');
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'retry', lastAttempt: 'failed' });
  });

  it('answers 404 for an unknown or malformed uuid', async () => {
    expect((await GET(new Request('http://localhost/x'), { params: Promise.resolve({ uuid: 'MN-nope-123' }) })).status).toBe(404);
    expect((await GET(new Request('http://localhost/x'), { params: Promise.resolve({ uuid: 'bad_uuid.x' }) })).status).toBe(404);
  });

  it("never shows or starts a payment for someone else's order", async () => {
    const { order } = await placeEsewaOrder();
    const stranger = await placeEsewaOrder();
    expect(await preparePayment({ orderNumber: order.number, userId: stranger.shopper.id })).toBeNull();
    expect(await retryPayment({ orderNumber: order.number, userId: stranger.shopper.id })).toBeNull();
    expect(await db.select().from(payments).where(eq(payments.orderId, order.orderId))).toHaveLength(0);
  });
});
