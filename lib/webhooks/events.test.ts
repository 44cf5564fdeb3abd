import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { payments, webhookDeliveries } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { transitionOrder } from '@/lib/orders/transitions';
import { settleAttempt } from '@/lib/payments/settle';
import { rejectPrescription } from '@/lib/prescriptions/review';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { placeTestOrder } from '@/test-support/factories/orders';
import { createPrescriptionRow } from '@/test-support/factories/prescription-rows';
import { createStaff } from '@/test-support/factories/users';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { registerWebhookEndpoint, setWebhookEndpointEnabled } from './endpoints';
import { WEBHOOK_EVENT_TYPES } from './events';

// A database of its own: an endpoint registered here would otherwise get every other test file's orders.
let scratch: ScratchDatabase;
let db: Database;
let admin: { id: string; role: 'admin' };
let everything: string;
let ordersOnly: string;
const policy = { production: false, allowLoopback: false };

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = scratch.db;
  bindFactoryDatabase(db);
  admin = { id: (await createStaff('admin')).id, role: 'admin' };
  everything = (await registerWebhookEndpoint({ url: 'https://all.partner.example.com/hooks', description: 'all', events: WEBHOOK_EVENT_TYPES }, admin, null, { database: db, policy })).id;
  ordersOnly = (await registerWebhookEndpoint({ url: 'https://orders.partner.example.com/hooks', description: '', events: ['order.created'] }, admin, null, { database: db, policy })).id;
});
afterAll(async () => {
  await scratch.drop();
});

const deliveriesFor = (type: string, match: (payload: Record<string, unknown>) => boolean) =>
  db
    .select({ endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, payload: webhookDeliveries.payload, state: webhookDeliveries.state })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.eventType, type))
    .then((rows) => rows.filter((row) => match((row.payload as { data: Record<string, unknown> }).data)));

describe('webhook events are written with the change that causes them', () => {
  it('placing an order queues order.created for each subscribed, enabled endpoint, one event id, no shopper details', async () => {
    const order = await placeTestOrder();
    const rows = await deliveriesFor('order.created', (data) => data.orderId === order.orderId);
    expect(rows.map((r) => r.endpointId).sort()).toEqual([everything, ordersOnly].sort());
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(1);
    expect(rows[0]!.eventId).toMatch(/^msg_[A-Za-z0-9_-]{22}$/);
    expect(rows[0]!.state).toBe('pending');
    expect(rows[0]!.payload).toMatchObject({ type: 'order.created', data: { orderNumber: order.number, status: 'confirmed', paymentStatus: 'unpaid', paymentMethod: 'cod', totalPaisa: order.totalPaisa } });
    expect(JSON.stringify(rows[0]!.payload)).not.toContain(order.customer.email);
  });

  it('a transition that rolls back leaves no order.status_changed; one that commits leaves one', async () => {
    const order = await placeTestOrder();
    await expect(
      stockTransaction(db, async (tx) => {
        await transitionOrder(tx, { orderId: order.orderId, to: 'packed', actor: null });
        throw new Error('something later in the same change failed');
      }),
    ).rejects.toThrow(/later/);
    expect(await deliveriesFor('order.status_changed', (data) => data.orderId === order.orderId)).toHaveLength(0);

    await stockTransaction(db, (tx) => transitionOrder(tx, { orderId: order.orderId, to: 'packed', actor: null }));
    const rows = await deliveriesFor('order.status_changed', (data) => data.orderId === order.orderId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.endpointId).toBe(everything);
    expect(rows[0]!.payload).toMatchObject({ data: { from: { status: 'confirmed', paymentStatus: 'unpaid' }, to: { status: 'packed', paymentStatus: 'unpaid' }, by: 'system' } });
  });

  it('a payment the provider confirms queues payment.completed with the outcome', async () => {
    const order = await placeTestOrder({ paymentMethod: 'esewa' });
    const [attempt] = await db.insert(payments).values({ orderId: order.orderId, provider: 'esewa', transactionUuid: randomUUID(), amountPaisa: order.totalPaisa, status: 'pending' }).returning({ id: payments.id });
    const settled = await settleAttempt({ paymentId: attempt!.id, source: 'reconcile', result: { kind: 'status', status: 'complete', reference: 'REF-77', totalAmountPaisa: order.totalPaisa, raw: {} } }, db);
    expect(settled.outcome).toBe('paid');
    const rows = await deliveriesFor('payment.completed', (data) => data.orderId === order.orderId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ data: { paymentId: attempt!.id, provider: 'esewa', amountPaisa: order.totalPaisa, reference: 'REF-77', outcome: 'paid' } });
    // The same settlement also moved the order: pending_payment → confirmed, paid.
    expect(await deliveriesFor('order.status_changed', (data) => data.orderId === order.orderId)).toHaveLength(1);
  });

  it('a rejected prescription queues prescription.decided; a turned-off endpoint gets nothing', async () => {
    const order = await placeTestOrder();
    const prescription = await createPrescriptionRow({ userId: order.customer.id });
    const pharmacist = await createStaff('pharmacist');
    await setWebhookEndpointEnabled(ordersOnly, false, admin, null, db);
    await rejectPrescription({ prescriptionId: prescription.id, reason: 'unreadable', detail: 'Please upload a clearer photo.' }, { id: pharmacist.id, role: 'pharmacist' }, db);
    const rows = await deliveriesFor('prescription.decided', (data) => data.prescriptionId === prescription.id);
    expect(rows.map((r) => r.endpointId)).toEqual([everything]);
    expect(rows[0]!.payload).toMatchObject({ data: { decision: 'rejected', rejectionReason: 'unreadable', validUntil: null, cancelledOrders: [] } });

    const later = await placeTestOrder();
    expect((await deliveriesFor('order.created', (data) => data.orderId === later.orderId)).map((r) => r.endpointId)).toEqual([everything]);
    const [off] = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(and(eq(webhookDeliveries.endpointId, ordersOnly), eq(webhookDeliveries.eventType, 'prescription.decided')));
    expect(off).toBeUndefined();
  });
});
