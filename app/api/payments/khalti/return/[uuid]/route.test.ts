import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { notifications, orders, payments, stockMovements } from '@/db/schema';
import { preparePayment, retryPayment, startLinkPayment } from '@/lib/payments/attempts';
import { listPaymentsNeedingAttention } from '@/lib/payments/attention';
import { OrderNotPayableError } from '@/lib/payments/errors';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { khaltiConfig } from '@/lib/payments/config';
import { khaltiProvider } from '@/lib/payments/providers/khalti';
import { sweepExpiredOrders } from '@/lib/orders/expire-orders';
import { nextControlFlow, signedIn, signInAs } from '@/test-support/admin-session';
import { createCustomer } from '@/test-support/factories/users';
import { decideAtKhalti, khaltiPaymentUrl, orderState, placeKhaltiOrder } from '@/test-support/payments';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';
import { retryPaymentAction, startLinkPaymentAction } from '@/app/[locale]/(shop)/checkout/pay/actions';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user is then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
const sandbox = await vi.hoisted(async () => (await import('@/test-support/khalti-sandbox')).startKhaltiSandboxForThisProcess());
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.ledger.reset();
  signInAs(null);
});

/** The browser arriving at our return_url, as Khalti (or a forger) sends it. */
const deliver = (location: string) => {
  const url = new URL(location);
  const uuid = decodeURIComponent(url.pathname.split('/').pop()!);
  return GET(new Request(location), { params: Promise.resolve({ uuid }) });
};
const pidxOf = (url: string) => new URL(url).searchParams.get('pidx')!;
const withQuery = (location: string, change: Record<string, string | null>) => {
  const url = new URL(location);
  for (const [name, value] of Object.entries(change)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url.toString();
};
const age = async (orderId: string, options: { expired?: boolean } = {}) => {
  await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, orderId));
  if (options.expired) await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, orderId));
};

async function paidAtKhalti(options: Parameters<typeof placeKhaltiOrder>[0] = {}) {
  const placed = await placeKhaltiOrder(options);
  const paymentUrl = await khaltiPaymentUrl(placed.order, placed.shopper.id);
  const location = await decideAtKhalti(paymentUrl, 'pay');
  return { ...placed, paymentUrl, pidx: pidxOf(paymentUrl), location };
}

describe('GET /api/payments/khalti/return/[uuid]', () => {
  it('opens a Khalti session for the order total in paisa and stores its pidx on the attempt', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const url = await khaltiPaymentUrl(order, shopper.id);
    const session = sandbox.ledger.get(pidxOf(url))!;
    expect(session).toMatchObject({ amountPaisa: order.totalPaisa, status: 'Initiated' });
    const [attempt] = (await orderState(order.orderId)).attempts;
    expect(attempt).toMatchObject({ provider: 'khalti', providerSessionId: session.pidx, transactionUuid: session.purchaseOrderId, providerPaymentUrl: url });
    expect(session.returnUrl).toBe(`http://localhost:3000/api/payments/khalti/return/${attempt!.transactionUuid}`);
    // A second click goes back to the same session instead of opening another.
    expect(await khaltiPaymentUrl(order, shopper.id)).toBe(url);
    expect(sandbox.ledger.list()).toHaveLength(1);
  });

  it('marks a payment Khalti confirms paid once and moves the order on', async () => {
    const { order, shopper, pidx, location } = await paidAtKhalti();
    const response = await deliver(location);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/orders/${order.number}`);
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.attempts[0]).toMatchObject({ status: 'complete', providerReference: sandbox.ledger.get(pidx)!.transactionId, providerSessionId: pidx });
    expect(state.events.filter((e) => e.toPaymentStatus === 'paid')).toHaveLength(1);
    expect(state.events.find((e) => e.toPaymentStatus === 'paid')!.note).toContain('Paid with Khalti');
    const mails = await db.select().from(notifications).where(eq(notifications.userId, shopper.id));
    expect(mails.filter((m) => m.template === 'payment-received')).toHaveLength(1);
  });

  it('turns 50 concurrent returns into exactly one paid transition', async () => {
    const { order, location } = await paidAtKhalti();
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(location)));
    expect(responses.every((r) => r.status === 303)).toBe(true);
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('paid');
    expect(state.events.filter((e) => e.fromPaymentStatus === 'unpaid' && e.toPaymentStatus === 'paid')).toHaveLength(1);
    expect(state.attempts).toHaveLength(1);
  });

  it('refuses a return whose amount differs, and never pays when Khalti reports another amount', async () => {
    const { order, pidx, location } = await paidAtKhalti();
    for (const amount of ['1000', String(order.totalPaisa - 1)]) {
      const response = await deliver(withQuery(location, { amount, total_amount: amount }));
      expect(response.status).toBe(400);
    }
    expect((await orderState(order.orderId)).paymentStatus).toBe('unpaid');

    // Khalti's own lookup disagreeing with our amount: held for staff, not paid.
    await fetch(sandbox.controlUrl, { method: 'POST', body: JSON.stringify({ action: 'set-amount', pidx, amountPaisa: 1000 }) });
    expect((await deliver(location)).status).toBe(303);
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('unpaid');
    expect(state.attempts[0]!.status).toBe('ambiguous');
  });

  it('keeps the order unpaid while Khalti says Pending, until reconciliation sees Completed', async () => {
    const { order, shopper, pidx, location } = await paidAtKhalti();
    sandbox.ledger.override(pidx, 'Pending');
    const response = await deliver(location);
    expect(response.headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    expect(await orderState(order.orderId)).toMatchObject({ paymentStatus: 'unpaid', status: 'pending_payment' });
    expect((await orderState(order.orderId)).attempts[0]!.status).toBe('pending');
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'checking' });
    await expect(startLinkPayment({ orderNumber: order.number, userId: shopper.id })).rejects.toBeInstanceOf(OrderNotPayableError);
    // The back office's "payments needing attention" lists it with its provider.
    expect((await listPaymentsNeedingAttention()).filter((p) => p.orderNumber === order.number)).toMatchObject([{ provider: 'khalti', status: 'pending' }]);

    sandbox.ledger.override(pidx, null);
    await age(order.orderId);
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ paid: 1 });
    expect((await orderState(order.orderId)).paymentStatus).toBe('paid');
  });

  it('releases the stock when the link expires unpaid and the order window closes', async () => {
    const { order, shopper, product } = await placeKhaltiOrder({ quantity: 3 });
    const url = await khaltiPaymentUrl(order, shopper.id);
    expect(await stockOf(product.id)).toBe(7);
    await age(order.orderId);
    // Still Initiated: the shopper may yet pay.
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ not_yet: 1 });

    sandbox.ledger.expire(pidxOf(url));
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ not_yet: 1 });
    await age(order.orderId, { expired: true });
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ expired: 1 });
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'cancelled', paymentStatus: 'unpaid' });
    expect(state.attempts[0]!.status).toBe('not_found');
    expect(await stockOf(product.id)).toBe(10);
    const moves = await db.select().from(stockMovements).where(eq(stockMovements.orderId, order.orderId));
    expect(moves.filter((m) => m.reason === 'expiry_release').map((m) => m.quantityChange)).toEqual([3]);
    expect(await ledgerMismatches(product.id)).toEqual([]);
    // The sandbox's own page refuses the dead link.
    expect((await fetch(url)).status).toBe(410);
  });

  it("holds the order's stock while its Khalti link can still be paid, never past the window plus an hour", async () => {
    sandbox.ledger.lifetimeMs = 60 * 60_000; // Khalti's production links
    try {
      const { order, shopper, product } = await placeKhaltiOrder({ quantity: 2 });
      const url = await khaltiPaymentUrl(order, shopper.id);
      const link = sandbox.ledger.get(pidxOf(url))!;
      const [held] = await db.select({ expiresAt: orders.expiresAt, createdAt: orders.createdAt }).from(orders).where(eq(orders.id, order.orderId));
      expect(Math.abs(held!.expiresAt!.getTime() - link.expiresAt.getTime())).toBeLessThan(1_000);

      // 45 minutes on: past the 30-minute window, inside the link's hour. The sweep leaves it be
      // and the shopper who pays now gets a paid order, not a refund.
      const shift = sql`interval '45 minutes'`;
      await db.update(orders).set({ createdAt: sql`${orders.createdAt} - ${shift}`, expiresAt: sql`${orders.expiresAt} - ${shift}` }).where(eq(orders.id, order.orderId));
      link.expiresAt = new Date(link.expiresAt.getTime() - 45 * 60_000);
      expect(await sweepExpiredOrders()).toEqual({ expired: 0 });
      expect(await stockOf(product.id)).toBe(8);
      await deliver(await decideAtKhalti(url, 'pay'));
      expect(await orderState(order.orderId)).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });

      // A link that would outlive the bound holds only until the order's window plus an hour.
      sandbox.ledger.lifetimeMs = 5 * 60 * 60_000;
      const other = await placeKhaltiOrder();
      await khaltiPaymentUrl(other.order, other.shopper.id);
      const [bounded] = await db.select({ expiresAt: orders.expiresAt, createdAt: orders.createdAt }).from(orders).where(eq(orders.id, other.order.orderId));
      expect(bounded!.expiresAt!.getTime() - bounded!.createdAt.getTime()).toBe(90 * 60_000);
    } finally {
      sandbox.ledger.lifetimeMs = 30 * 60_000;
    }
  });

  it('hands out no link for an order whose window closed while Khalti answered', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    // The order runs out between opening the attempt and storing Khalti's session.
    sandbox.ledger.onInitiate = async () => db.update(orders).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(orders.id, order.orderId));
    try {
      await expect(startLinkPayment({ orderNumber: order.number, userId: shopper.id })).rejects.toThrow(/run out/);
    } finally {
      sandbox.ledger.onInitiate = null;
    }
    const [attempt] = (await orderState(order.orderId)).attempts;
    expect(attempt).toMatchObject({ status: 'initiated', providerSessionId: null, providerPaymentUrl: null });
  });

  it('a Khalti link left open when the shopper switched to eSewa still settles the order, once', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const khaltiUrl = await khaltiPaymentUrl(order, shopper.id);
    // The shopper turns back without deciding at Khalti and pays with eSewa instead.
    expect(await retryPayment({ orderNumber: order.number, userId: shopper.id, method: 'esewa' })).toMatchObject({ method: 'esewa' });
    expect((await orderState(order.orderId)).attempts.map((a) => [a.provider, a.status])).toEqual([['khalti', 'initiated'], ['esewa', 'initiated']]);
    // ... then pays the old Khalti link in another tab and closes it: reconciliation finds the money.
    await decideAtKhalti(khaltiUrl, 'pay');
    await age(order.orderId);
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toMatchObject({ paid: 1 });
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.events.filter((e) => e.toPaymentStatus === 'paid')).toHaveLength(1);
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'paid' });
  });

  it("never sends a shopper to a payment_url that is not Khalti's payment page", async () => {
    const attempt = { id: 'a', transactionUuid: 'MN-260101-ORIGIN01-1', amountPaisa: 20_000, amountSigned: null, providerSessionId: null, providerPaymentUrl: null, providerExpiresAt: null };
    const customer = { number: 'MN-260101-ORIGIN01', name: 'Sita', email: '', phone: null };
    // The sandbox answers with its own origin; told Khalti's page is elsewhere, the provider refuses it.
    expect(await khaltiProvider({ ...khaltiConfig(), paymentOrigin: 'https://pay.khalti.com' }).start(attempt, customer)).toMatchObject({ kind: 'failed', reason: 'unexpected_payment_origin' });
    expect(await khaltiProvider().start(attempt, customer)).toMatchObject({ kind: 'redirect', url: expect.stringMatching(new RegExp(`^${khaltiConfig().paymentOrigin}/pay/`)) });
  });

  it('records a cancellation and lets the shopper retry with Khalti or switch to eSewa', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const location = await decideAtKhalti(await khaltiPaymentUrl(order, shopper.id), 'cancel');
    expect(new URL(location).searchParams.get('status')).toBe('User canceled');
    expect((await deliver(location)).headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'retry', lastAttempt: 'canceled', methods: ['esewa', 'khalti'] });

    expect(await retryPayment({ orderNumber: order.number, userId: shopper.id, method: 'esewa' })).toMatchObject({ method: 'esewa' });
    const state = await preparePayment({ orderNumber: order.number, userId: shopper.id });
    expect(state).toMatchObject({ kind: 'redirect', order: { paymentMethod: 'esewa' } });
    const attempts = (await orderState(order.orderId)).attempts;
    expect(attempts.map((a) => [a.provider, a.status])).toEqual([['khalti', 'canceled'], ['esewa', 'initiated']]);
    // ... and back to Khalti: a new attempt with a new purchase order id.
    await retryPayment({ orderNumber: order.number, userId: shopper.id, method: 'khalti' });
    const url = await khaltiPaymentUrl(order, shopper.id);
    const paid = await decideAtKhalti(url, 'pay');
    await deliver(paid);
    expect((await orderState(order.orderId)).paymentStatus).toBe('paid');
  });

  it("cannot use order A's return to pay order B", async () => {
    const a = await paidAtKhalti();
    const b = await placeKhaltiOrder();
    const bUrl = await khaltiPaymentUrl(b.order, b.shopper.id);
    const bUuid = (await orderState(b.order.orderId)).attempts[0]!.transactionUuid;
    const aUuid = (await orderState(a.order.orderId)).attempts[0]!.transactionUuid;
    // A's paid pidx on B's return path (purchase_order_id dropped or rewritten to match).
    const onB = a.location.replace(aUuid, bUuid);
    expect((await deliver(onB)).status).toBe(400);
    expect((await deliver(withQuery(onB, { purchase_order_id: null }))).status).toBe(400);
    expect((await orderState(b.order.orderId)).paymentStatus).toBe('unpaid');
    expect(sandbox.ledger.get(pidxOf(bUrl))!.status).toBe('Initiated');
    // A itself is still paid by its own return.
    expect((await deliver(a.location)).status).toBe(303);
    expect((await orderState(a.order.orderId)).paymentStatus).toBe('paid');
  });

  it('refuses forged query strings: a Completed status Khalti never said, a missing or unknown pidx', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    const url = await khaltiPaymentUrl(order, shopper.id);
    const uuid = (await orderState(order.orderId)).attempts[0]!.transactionUuid;
    const base = `http://localhost:3000/api/payments/khalti/return/${uuid}`;
    const forged = `${base}?pidx=${pidxOf(url)}&status=Completed&transaction_id=FAKE&amount=${order.totalPaisa}&total_amount=${order.totalPaisa}&purchase_order_id=${uuid}`;
    expect((await deliver(forged)).headers.get('location')).toBe(`http://localhost:3000/checkout/pay/${order.number}`);
    expect((await deliver(`${base}?status=Completed`)).status).toBe(400);
    expect((await deliver(`${base}?pidx=NotOurPidx123&status=Completed`)).status).toBe(400);
    expect((await deliver(`${base}?pidx=${pidxOf(url)}&status=Completed&purchase_order_id=MN-other-1`)).status).toBe(400);
    expect((await deliver(`http://localhost:3000/api/payments/khalti/return/MN-no-such-attempt?pidx=${pidxOf(url)}`)).status).toBe(404);
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('unpaid');
    expect(state.attempts[0]).toMatchObject({ status: 'initiated', providerReference: null });
  });

  it('waits as pending through an outage or slowness when the return says paid, and lets a cancelled one retry', async () => {
    const { order, pidx, location } = await paidAtKhalti();
    sandbox.ledger.override('*', 'outage');
    await deliver(location);
    expect((await orderState(order.orderId)).attempts[0]!.status).toBe('pending');
    sandbox.ledger.override('*', null);
    sandbox.ledger.lookupDelayMs = 2_500;
    await age(order.orderId);
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ unknown: 1 });
    sandbox.ledger.lookupDelayMs = 0;
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ paid: 1 });
    expect(sandbox.ledger.get(pidx)!.status).toBe('Completed');

    const other = await placeKhaltiOrder();
    const cancelled = await decideAtKhalti(await khaltiPaymentUrl(other.order, other.shopper.id), 'cancel');
    sandbox.ledger.override('*', 'http_500');
    await deliver(cancelled);
    expect((await orderState(other.order.orderId)).attempts[0]!.status).toBe('failed');
  });

  it('tells the shopper when Khalti cannot start a payment, lets them try again, and ends such an attempt', async () => {
    const { order, shopper } = await placeKhaltiOrder();
    sandbox.ledger.initiateOutage = true;
    await expect(startLinkPayment({ orderNumber: order.number, userId: shopper.id })).rejects.toThrow(/could not start/);
    const [failed] = (await orderState(order.orderId)).attempts;
    expect(failed).toMatchObject({ status: 'failed', providerSessionId: null });
    expect(await preparePayment({ orderNumber: order.number, userId: shopper.id })).toMatchObject({ kind: 'retry', lastAttempt: 'failed', lastProvider: 'khalti' });
    // Reconciliation knows no session was opened: nothing can have been paid.
    await age(order.orderId, { expired: true });
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ expired: 1 });
    expect(await orderState(order.orderId)).toMatchObject({ status: 'cancelled', paymentStatus: 'unpaid' });
  });

  it('settles refunds Khalti reports for an order that owes one', async () => {
    const { order, pidx, location } = await paidAtKhalti();
    await deliver(location);
    sandbox.ledger.setStatus(pidx, 'Refunded');
    await db.update(orders).set({ paymentStatus: 'refund_due' }).where(eq(orders.id, order.orderId));
    await age(order.orderId);
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ refunded: 1 });
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('refunded');
    expect(state.attempts[0]).toMatchObject({ status: 'full_refund', refundedPaisa: order.totalPaisa });
  });

  it("does not let a second shopper start, retry or return-pay someone else's order", async () => {
    const { order, shopper, location } = await paidAtKhalti();
    const stranger = await createCustomer();
    expect(await startLinkPayment({ orderNumber: order.number, userId: stranger.id })).toBeNull();
    expect(await retryPayment({ orderNumber: order.number, userId: stranger.id, method: 'esewa' })).toBeNull();
    expect(await preparePayment({ orderNumber: order.number, userId: stranger.id })).toBeNull();
    signInAs(stranger);
    // The pay page's server actions, as a stranger would post them.
    const form = (fields: Record<string, string>) => Object.entries(fields).reduce((data, [k, v]) => (data.append(k, v), data), new FormData());
    expect(await startLinkPaymentAction(undefined, form({ number: order.number }))).toMatchObject({ ok: false, message: 'Order not found.' });
    expect(await retryPaymentAction(undefined, form({ number: order.number, method: 'khalti' }))).toMatchObject({ ok: false, message: 'Order not found.' });
    expect(await deliver(location).then((r) => r.status)).toBe(404);
    expect((await orderState(order.orderId)).paymentStatus).toBe('unpaid');
    signInAs(shopper);
    // The owner's own press is sent on to Khalti's page (a redirect), not refused.
    const owner = await startLinkPaymentAction(undefined, form({ number: order.number })).then(() => null, (error: unknown) => nextControlFlow(error));
    expect(owner).toBe('redirect');
    expect((await deliver(location)).status).toBe(303);
    expect((await orderState(order.orderId)).paymentStatus).toBe('paid');
  });
});
