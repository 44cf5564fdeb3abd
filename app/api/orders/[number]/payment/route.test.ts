import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createCustomer } from '@/test-support/factories/users';
import { decideAtSandbox, orderState, placeEsewaOrder, signedFormFor } from '@/test-support/payments';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; the user is then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
const sandbox = await vi.hoisted(async () => (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess());
afterAll(() => sandbox.close());
beforeEach(() => sandbox.ledger.reset());

const ask = (number: string) => GET(new Request(`http://localhost/api/orders/${number}/payment`), { params: Promise.resolve({ number }) });

/** Paid at eSewa, but eSewa's status API still answers PENDING, as the shopper's return found it. */
async function pendingAtEsewa() {
  const placed = await placeEsewaOrder();
  const fields = await signedFormFor(placed.order, placed.shopper.id);
  await decideAtSandbox(sandbox.formUrl, fields, 'pay');
  sandbox.ledger.override(fields.transaction_uuid, 'PENDING');
  await db.update(payments).set({ status: 'pending' }).where(eq(payments.transactionUuid, fields.transaction_uuid));
  return { ...placed, fields };
}

describe('GET /api/orders/[number]/payment', () => {
  it('answers 401 without a session', async () => {
    const { order } = await placeEsewaOrder();
    signInAs(null);
    const response = await ask(order.number);
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('answers 404 for another shopper and for a malformed number', async () => {
    const { order } = await placeEsewaOrder();
    signInAs(await createCustomer());
    const response = await ask(order.number);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect((await ask('not-an-order')).status).toBe(404);
  });

  it('says unpaid before any payment was tried, never cacheable', async () => {
    const { order, shopper } = await placeEsewaOrder();
    signInAs(shopper);
    const response = await ask(order.number);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toEqual({ payment: 'unpaid' });
  });

  it('says checking while eSewa is pending, and paid once the reconcile job settles it', async () => {
    const { order, shopper, fields } = await pendingAtEsewa();
    signInAs(shopper);
    expect(await (await ask(order.number)).json()).toEqual({ payment: 'checking' });

    // eSewa now knows it is COMPLETE; the route only reads, so the order stays unpaid until the job runs.
    sandbox.ledger.override(fields.transaction_uuid, null);
    expect(await (await ask(order.number)).json()).toEqual({ payment: 'checking' });
    expect((await orderState(order.orderId)).paymentStatus).toBe('unpaid');

    await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, order.orderId));
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ paid: 1 });
    expect(await (await ask(order.number)).json()).toEqual({ payment: 'paid' });
  });

  it('says unpaid once eSewa cancelled the pending payment and the window closed, so the page re-renders', async () => {
    const { order, shopper, fields } = await pendingAtEsewa();
    signInAs(shopper);
    sandbox.ledger.override(fields.transaction_uuid, 'CANCELED');
    await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, order.orderId));
    await db.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(orders.id, order.orderId));
    expect((await reconcilePayments({ orderId: order.orderId })).outcomes).toEqual({ expired: 1 });
    expect(await (await ask(order.number)).json()).toEqual({ payment: 'unpaid' });
  });
});
