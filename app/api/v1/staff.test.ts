import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { auditLog, orderEvents, orders, sessions, users } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiCustomer, apiSignIn, apiStaff, totpNow } = await import('@/test-support/api-session');
const { uniqueIp, auditActionsFor } = await import('@/test-support/auth');
const { createUser } = await import('@/test-support/factories/users');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { linkOrder, photo, seededRxProduct } = await import('@/test-support/factories/prescriptions');
const { uploadPrescription } = await import('@/lib/prescriptions/upload');
const { staffDecisionSchema, staffOrderSchema, staffPrescriptionSchema, staffQueueSchema } = await import('@/lib/api/contract/staff');

/**
 * Staff endpoints: a pharmacist's app moves orders and decides prescriptions through the back
 * office's own functions, with a two-factor-verified token whose role is read on every request.
 */
async function rxOrderWaiting() {
  const shopper = await apiCustomer();
  const product = await seededRxProduct();
  const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
  const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
  await linkOrder(order.orderId, rx.id);
  return { shopper, product, order, rx };
}

const as = (token: string, json?: unknown) => ({ token, ip: uniqueIp(), json });

describe('staff sign-in over the API', () => {
  it('needs two-factor set up and its code; the token then works on staff endpoints only', async () => {
    const unenrolled = await createUser({ role: 'pharmacist' });
    const refused = await call('POST', '/auth/token', {}, { json: { email: unenrolled.email, password: unenrolled.password }, ip: uniqueIp() });
    expect(refused.status).toBe(403);
    expect(await auditActionsFor(unenrolled.id)).toContain('auth.api_staff_refused');

    const pharmacist = await apiStaff('pharmacist');
    const withoutCode = await call('POST', '/auth/token', {}, { json: { email: pharmacist.email, password: pharmacist.password }, ip: uniqueIp() });
    expect(withoutCode.status).toBe(401);
    const [session] = await db.select({ twoFactorVerified: sessions.twoFactorVerified }).from(sessions).where(eq(sessions.userId, pharmacist.id));
    expect(session!.twoFactorVerified).toBe(true);

    expect((await call('GET', '/staff/prescriptions', {}, as(pharmacist.accessToken))).status).toBe(200);
    // A staff token is not a customer token: no cart, no orders of "its own".
    for (const [method, path] of [['GET', '/me'], ['GET', '/cart'], ['GET', '/orders']] as const) {
      expect((await call(method, path, {}, as(pharmacist.accessToken))).status, path).toBe(403);
    }
  });

  it('refuses a customer token, a token whose sign-in skipped two-factor, and a member no longer staff', async () => {
    const { order, rx } = await rxOrderWaiting();
    const shopper = await apiCustomer();
    for (const [method, path, params] of [
      ['GET', '/staff/prescriptions', {}],
      ['GET', '/staff/prescriptions/{id}', { id: rx.id }],
      ['GET', '/staff/orders/{number}', { number: order.number }],
    ] as const) {
      const response = await call(method, path, params, as(shopper.accessToken));
      expect(response.status, path).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    const decided = await call('POST', '/staff/prescriptions/{id}/decision', { id: rx.id }, as(shopper.accessToken, { decision: 'reject', reason: 'unreadable', detail: 'Please upload a clearer photo.' }));
    expect(decided.status).toBe(403);

    const pharmacist = await apiStaff('pharmacist');
    await db.update(sessions).set({ twoFactorVerified: false }).where(eq(sessions.userId, pharmacist.id));
    expect((await call('GET', '/staff/prescriptions', {}, as(pharmacist.accessToken))).status).toBe(403);

    const demoted = await apiStaff('pharmacist');
    expect((await call('GET', '/staff/orders/{number}', { number: order.number }, as(demoted.accessToken))).status).toBe(200);
    await db.update(users).set({ role: 'customer' }).where(eq(users.id, demoted.id));
    expect((await call('GET', '/staff/orders/{number}', { number: order.number }, as(demoted.accessToken))).status).toBe(403);
    const [stillWaiting] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.orderId));
    expect(stillWaiting!.status).toBe('awaiting_prescription');
  });

  it('keeps a staff token two-factor verified across a refresh, and a used refresh token still revokes the family', async () => {
    const pharmacist = await apiStaff('pharmacist');
    const refreshed = await call('POST', '/auth/refresh', {}, { json: { refreshToken: pharmacist.refreshToken }, ip: uniqueIp() });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as { accessToken: string };
    expect((await call('GET', '/staff/prescriptions', {}, as(next.accessToken))).status).toBe(200);
    expect((await call('POST', '/auth/refresh', {}, { json: { refreshToken: pharmacist.refreshToken }, ip: uniqueIp() })).status).toBe(401);
    expect((await call('GET', '/staff/prescriptions', {}, as(next.accessToken))).status).toBe(401);
    // The same TOTP code cannot sign in twice.
    await expect(apiSignIn({ email: pharmacist.email, code: totpNow(pharmacist.totpSecret) })).rejects.toThrow(/401/);
  });
});

describe('prescriptions through the staff API', () => {
  it('lists the queue, shows one for review, approves it once and confirms the order waiting on it', async () => {
    const { order, product, rx } = await rxOrderWaiting();
    const pharmacist = await apiStaff('pharmacist');
    const queue = staffQueueSchema.parse(await (await call('GET', '/staff/prescriptions', {}, as(pharmacist.accessToken))).json());
    expect(queue.items.map((p) => p.id)).toContain(rx.id);
    const detail = staffPrescriptionSchema.parse(await (await call('GET', '/staff/prescriptions/{id}', { id: rx.id }, as(pharmacist.accessToken))).json());
    expect(detail.orders).toEqual([{ number: order.number, status: 'awaiting_prescription', rxLines: [expect.objectContaining({ productId: product.id, quantity: 2 })] }]);

    const approve = { decision: 'approve', items: [{ productId: product.id, quantity: 2 }], validUntil: '2099-12-31', acknowledge: detail.warnings.map((w) => w.id) };
    const [first, second] = await Promise.all([
      call('POST', '/staff/prescriptions/{id}/decision', { id: rx.id }, as(pharmacist.accessToken, approve)),
      call('POST', '/staff/prescriptions/{id}/decision', { id: rx.id }, as(pharmacist.accessToken, approve)),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const outcome = staffDecisionSchema.parse(await (first.status === 200 ? first : second).json());
    expect(outcome).toMatchObject({ decision: 'approve', confirmedOrders: [order.number] });
    const [confirmed] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.orderId));
    expect(confirmed!.status).toBe('confirmed');
    const audited = await db.select().from(auditLog).where(and(eq(auditLog.action, 'prescription.approved'), eq(auditLog.entityId, rx.id)));
    expect(audited.map((a) => a.actorId)).toEqual([pharmacist.id]);
  });

  it('refuses bad decisions: a shopper\'s own prescription, a past validity, an unknown id, bad input', async () => {
    const { rx, product, shopper } = await rxOrderWaiting();
    const pharmacist = await apiStaff('pharmacist');
    const decide = (id: string, body: unknown) => call('POST', '/staff/prescriptions/{id}/decision', { id }, as(pharmacist.accessToken, body));
    expect((await decide(rx.id, { decision: 'approve', items: [{ productId: product.id, quantity: 2 }], validUntil: '2020-01-01' })).status).toBe(422);
    expect((await decide('00000000-0000-4000-8000-000000000000', { decision: 'reject', reason: 'unreadable', detail: 'Please upload again.' })).status).toBe(404);
    expect((await decide(rx.id, { decision: 'approve', items: [] , validUntil: '2099-12-31' })).status).toBe(400);
    expect((await decide(rx.id, { decision: 'reject', reason: 'because', detail: 'x' })).status).toBe(400);
    expect((await decide(rx.id, { decision: 'maybe' })).status).toBe(400);
    const rejected = await decide(rx.id, { decision: 'reject', reason: 'unreadable', detail: 'Please upload a clearer photo.' });
    expect(rejected.status).toBe(200);
    expect(staffDecisionSchema.parse(await rejected.json()).cancelledOrders).toHaveLength(1);
    // A pharmacist never reviews a prescription of their own account.
    const own = await uploadPrescription({ userId: pharmacist.id, bytes: await photo() });
    expect((await decide(own.id, { decision: 'reject', reason: 'unreadable', detail: 'Please upload again.' })).status).toBe(422);
    expect(shopper.id).not.toBe(pharmacist.id);
  });
});

describe('controlled medicines through the staff API', () => {
  it("refuses the approval without the prescriber's NMC number (422 naming the field), then records it", async () => {
    const { createProduct } = await import('@/test-support/factories/products');
    const shopper = await apiCustomer();
    const product = await createProduct({ genericName: 'Tramadol', requiresPrescription: true, controlled: true, batches: [{ quantity: 10, expiryDate: '2099-12-31' }] });
    const order = await placeTestOrder({ customer: shopper, lines: [{ productId: product.id, quantity: 2 }] });
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await linkOrder(order.orderId, rx.id);
    const pharmacist = await apiStaff('pharmacist');
    const approve = (extra: Record<string, string>) =>
      call('POST', '/staff/prescriptions/{id}/decision', { id: rx.id }, as(pharmacist.accessToken, { decision: 'approve', items: [{ productId: product.id, quantity: 2 }], validUntil: '2099-12-31', ...extra }));
    const refused = await approve({});
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain('prescriberNmcNumber');
    expect((await approve({ prescriberName: 'Dr. Hari Koirala', prescriberNmcNumber: '12345678' })).status).toBe(400);
    const approved = await approve({ prescriberName: 'Dr. Hari Koirala', prescriberNmcNumber: 'NMC 4521' });
    expect(approved.status).toBe(200);
    expect(staffDecisionSchema.parse(await approved.json()).confirmedOrders).toEqual([order.number]);
  });
});

describe('orders through the staff API', () => {
  it('packs and dispatches with the courier, refuses a step the order does not allow, and records who did it', async () => {
    const { orderId, number } = await placeTestOrder();
    const pharmacist = await apiStaff('pharmacist');
    const step = (body: unknown) => call('POST', '/staff/orders/{number}/steps', { number }, as(pharmacist.accessToken, body));
    const before = staffOrderSchema.parse(await (await call('GET', '/staff/orders/{number}', { number }, as(pharmacist.accessToken))).json());
    expect(before.status).toBe('confirmed');
    expect(before.steps).toContain('pack');

    expect((await step({ step: 'deliver' })).status).toBe(409);
    expect((await step({ step: 'pack' })).status).toBe(200);
    expect((await step({ step: 'dispatch' })).status).toBe(400);
    expect((await step({ step: 'dispatch', courier: 'Pathao', trackingNote: 'Rider 12' })).status).toBe(200);
    const after = staffOrderSchema.parse(await (await call('GET', '/staff/orders/{number}', { number }, as(pharmacist.accessToken))).json());
    expect(after).toMatchObject({ status: 'dispatched', courier: 'Pathao', trackingNote: 'Rider 12' });
    expect(after.steps).toEqual(expect.arrayContaining(['deliver', 'cash_received']));
    const events = await db.select({ toStatus: orderEvents.toStatus, actorId: orderEvents.actorId }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(events.filter((e) => e.toStatus === 'packed' || e.toStatus === 'dispatched').map((e) => e.actorId)).toEqual([pharmacist.id, pharmacist.id]);
    expect((await call('GET', '/staff/orders/{number}', { number: 'MN-000000-AAAAAAAA' }, as(pharmacist.accessToken))).status).toBe(404);
  });

  it('runs two concurrent cancellations of one order once', async () => {
    const { orderId, number } = await placeTestOrder();
    const pharmacist = await apiStaff('pharmacist');
    const cancel = { step: 'cancel', reason: 'The shopper asked us to.' };
    const answers = await Promise.all([0, 1].map(() => call('POST', '/staff/orders/{number}/steps', { number }, as(pharmacist.accessToken, cancel))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const cancellations = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.toStatus, 'cancelled')));
    expect(cancellations).toHaveLength(1);
  });
});
