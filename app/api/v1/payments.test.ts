import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);
const sandboxes = await vi.hoisted(async () => ({
  esewa: await (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess(),
  khalti: await (await import('@/test-support/khalti-sandbox')).startKhaltiSandboxForThisProcess(),
}));
afterAll(async () => {
  await sandboxes.esewa.close();
  await sandboxes.khalti.close();
});
beforeEach(() => sandboxes.khalti.ledger.reset());

const { db } = await import('@/db/client');
const { orders } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiSignIn, apiCustomer } = await import('@/test-support/api-session');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { decideAtKhalti, decideAtSandbox, orderState, placeEsewaOrder, placeKhaltiOrder } = await import('@/test-support/payments');
const { handleEsewaSuccess, handleKhaltiReturn } = await import('@/lib/payments/callbacks');
const { paymentStartSchema } = await import('@/lib/api/contract/schemas');

/**
 * POST /api/v1/orders/{number}/payment: an app starts paying an order through the same steps as the
 * pay page (lib/payments/start-payment.ts), against the local eSewa and Khalti sandboxes over HTTP.
 */
const start = (token: string, number: string, json?: unknown) => call('POST', '/orders/{number}/payment', { number }, { token, ...(json === undefined ? {} : { json }) });

async function started(token: string, number: string, json?: unknown) {
  const response = await start(token, number, json);
  expect(response.status, await response.clone().text()).toBe(200);
  return paymentStartSchema.parse(await response.json());
}

describe('POST /api/v1/orders/{number}/payment', () => {
  it('answers eSewa\'s signed form for an eSewa order, the same attempt each time, and 409 once paid', async () => {
    const { order, shopper } = await placeEsewaOrder({ pricePaisa: 250_00, quantity: 2 });
    const { accessToken } = await apiSignIn(shopper);
    const first = await started(accessToken, order.number);
    if (first.method !== 'esewa') throw new Error('expected eSewa');
    expect(first.action.url).toBe(sandboxes.esewa.formUrl);
    expect(first.action.fields).toMatchObject({ product_code: 'EPAYTEST', signed_field_names: 'total_amount,transaction_uuid,product_code' });
    expect(Number(first.action.fields.total_amount) * 100).toBe(order.totalPaisa);
    const again = await started(accessToken, order.number);
    expect(again).toEqual(first);

    // The shopper pays at eSewa and comes back to the shop, which confirms it.
    const location = await decideAtSandbox(first.action.url, first.action.fields as never, 'pay');
    await handleEsewaSuccess(new URL(location).searchParams.get('data')!);
    expect(await orderState(order.orderId)).toMatchObject({ paymentStatus: 'paid' });
    const paid = await start(accessToken, order.number);
    expect(paid.status).toBe(409);
    expect(paid.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await paid.json()) as { detail: string }).detail).toMatch(/already paid/);
  });

  it('answers Khalti\'s payment page, reuses the open session, and opens a new one after a cancel', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const { accessToken } = await apiSignIn(shopper);
    const first = await started(accessToken, order.number, {});
    if (first.method !== 'khalti') throw new Error('expected Khalti');
    const pidx = new URL(first.action.url).searchParams.get('pidx')!;
    expect(sandboxes.khalti.ledger.get(pidx)).toMatchObject({ amountPaisa: order.totalPaisa, status: 'Initiated' });
    expect(await started(accessToken, order.number)).toEqual(first);

    const back = new URL(await decideAtKhalti(first.action.url, 'cancel'));
    await handleKhaltiReturn(decodeURIComponent(back.pathname.split('/').pop()!), back.searchParams, shopper.id);
    const retried = await started(accessToken, order.number);
    if (retried.method !== 'khalti') throw new Error('expected Khalti');
    expect(new URL(retried.action.url).searchParams.get('pidx')).not.toBe(pidx);
    const { attempts } = await orderState(order.orderId);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['canceled', 'initiated']);
  });

  it('switches an open Khalti order to eSewa when asked, as the pay page\'s retry does', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const { accessToken } = await apiSignIn(shopper);
    await started(accessToken, order.number);
    const switched = await started(accessToken, order.number, { method: 'esewa' });
    expect(switched.method).toBe('esewa');
    const [row] = await db.select({ paymentMethod: orders.paymentMethod }).from(orders).where(eq(orders.id, order.orderId));
    expect(row!.paymentMethod).toBe('esewa');
    expect((await orderState(order.orderId)).attempts.map((attempt) => attempt.provider)).toEqual(['khalti', 'esewa']);
  });

  it('is a 404 for another shopper\'s order and for a cash-on-delivery order; 401 without a token; 400 for a bad method', async () => {
    const { order } = await placeEsewaOrder();
    const stranger = await apiCustomer();
    const foreign = await start(stranger.accessToken, order.number);
    expect(foreign.status).toBe(404);
    expect((await orderState(order.orderId)).attempts).toHaveLength(0);

    const cod = await placeTestOrder({ paymentMethod: 'cod', customer: stranger });
    expect((await start(stranger.accessToken, cod.number)).status).toBe(404);
    expect((await call('POST', '/orders/{number}/payment', { number: order.number })).status).toBe(401);
    expect((await start(stranger.accessToken, order.number, { method: 'bitcoin' })).status).toBe(400);
    expect((await start(stranger.accessToken, `${order.number}\u0000`)).status).toBe(404);
  });

  it('is a 409 once the time to pay has run out, and opens nothing', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const { accessToken } = await apiSignIn(shopper);
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, order.orderId));
    const late = await start(accessToken, order.number);
    expect(late.status).toBe(409);
    expect(((await late.json()) as { detail: string }).detail).toMatch(/run out/);
    expect((await orderState(order.orderId)).attempts).toHaveLength(0);
  });
});
