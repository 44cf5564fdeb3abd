import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { orders, payments, stockMovements } from '@/db/schema';
import { env } from '@/lib/env';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { ledgerMismatches, stockOf } from '@/test-support/stock-checks';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { decideAtSandbox, orderState, placeEsewaOrder, signedFormFor } from '@/test-support/payments';
import { POST } from './route';

const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

const call = (authorization?: string) =>
  POST(new Request('http://localhost/api/cron/reconcile-payments', { method: 'POST', headers: authorization ? { authorization } : {} }));

/** The shopper left more than five minutes ago (and, with expired, past the payment window). */
async function age(orderId: string, options: { expired?: boolean } = {}) {
  await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, orderId));
  if (options.expired) await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, orderId));
}

describe('POST /api/cron/reconcile-payments', () => {
  it('refuses a missing or wrong secret with 401', async () => {
    expect((await call()).status).toBe(401);
    expect((await call('Bearer wrong-secret-wrong-secret')).status).toBe(401);
  });

  it('settles paid an abandoned payment that eSewa reports COMPLETE', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    // Paid at eSewa, but the browser never came back to success_url.
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');

    // Younger than five minutes: not yet the reconciler's business.
    await reconcilePayments({ orderId: order.orderId });
    expect((await orderState(order.orderId)).paymentStatus).toBe('unpaid');

    await age(order.orderId);
    const response = await call(`Bearer ${env.CRON_SECRET}`);
    expect(response.status).toBe(200);
    expect((await response.json()).outcomes.paid).toBeGreaterThanOrEqual(1);
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(state.attempts[0]).toMatchObject({ status: 'complete', providerReference: sandbox.ledger.get(fields.transaction_uuid)!.refId });
  });

  it('expires the order and releases its stock when eSewa says NOT_FOUND after the payment window', async () => {
    const { order, shopper, product } = await placeEsewaOrder({ quantity: 3 });
    await signedFormFor(order, shopper.id); // attempt opened, shopper never reached eSewa
    expect(await stockOf(product.id)).toBe(7);
    await age(order.orderId);

    // Still inside the window: eSewa's NOT_FOUND may just mean "not started yet".
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ not_yet: 1 });
    expect(await orderState(order.orderId)).toMatchObject({ status: 'pending_payment' });

    await age(order.orderId, { expired: true });
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ expired: 1 });
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'cancelled', paymentStatus: 'unpaid' });
    expect(state.attempts[0]!.status).toBe('not_found');
    expect(await stockOf(product.id)).toBe(10);
    const moves = await db.select().from(stockMovements).where(eq(stockMovements.orderId, order.orderId));
    expect(moves.filter((m) => m.reason === 'expiry_release').map((m) => m.quantityChange)).toEqual([3]);
    expect(await ledgerMismatches(product.id)).toEqual([]);

    // Nothing left to do for it on the next run.
    expect((await reconcilePayments({ orderId: order.orderId })).checked).toBe(0);
  });

  it('leaves PENDING and AMBIGUOUS attempts for the next run', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');
    await age(order.orderId, { expired: true });
    sandbox.ledger.override(fields.transaction_uuid, 'AMBIGUOUS');
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ ambiguous: 1 });
    sandbox.ledger.override(fields.transaction_uuid, 'PENDING');
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ pending: 1 });
    expect(await orderState(order.orderId)).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid' });
  });

  it('records money that arrives after the order expired as a refund due', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');
    await age(order.orderId, { expired: true });
    // The expiry sweep got there first.
    await stockTransaction(db, async (tx) => {
      const { transitionOrder } = await import('@/lib/orders/transitions');
      await transitionOrder(tx, { orderId: order.orderId, to: 'cancelled', actor: null, restockReason: 'expiry_release' });
    });
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ refund_due: 1 });
    const state = await orderState(order.orderId);
    expect(state).toMatchObject({ status: 'cancelled', paymentStatus: 'refund_due' });
    expect(state.attempts[0]!.status).toBe('complete');
  });

  it('records a full refund that eSewa reports for an order owing one', async () => {
    const { order, shopper } = await placeEsewaOrder();
    const fields = await signedFormFor(order, shopper.id);
    await decideAtSandbox(sandbox.formUrl, fields, 'pay');
    await age(order.orderId);
    await reconcilePayments({ orderId: order.orderId });
    await stockTransaction(db, async (tx) => {
      const { transitionOrder } = await import('@/lib/orders/transitions');
      await transitionOrder(tx, { orderId: order.orderId, to: 'cancelled', actor: { id: shopper.id, role: 'customer' } });
    });
    expect((await orderState(order.orderId)).paymentStatus).toBe('refund_due');
    sandbox.ledger.setStatus(fields.transaction_uuid, 'FULL_REFUND');
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ refunded: 1 });
    const state = await orderState(order.orderId);
    expect(state.paymentStatus).toBe('refunded');
    expect(state.attempts[0]).toMatchObject({ status: 'full_refund', refundedPaisa: order.totalPaisa });
  });
});
