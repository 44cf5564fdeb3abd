import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/connection';
import { notifications, orderEvents, orders, payments, prescriptions, sessions, stockMovements, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { ResendSender } from '@/lib/notifications/senders';
import type { OcrEngine } from '@/lib/ocr';
import { formatEsewaAmount } from '@/lib/payments/esewa';
import { startEsewaSandbox, type EsewaSandbox } from '@/lib/payments/esewa-sandbox';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { placeTestOrder } from '@/test-support/factories/orders';
import { createPrescription } from '@/test-support/factories/prescriptions';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer } from '@/test-support/factories/users';
import { startFakeResend, type FakeResend } from '@/test-support/fake-resend';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { runCronJob, type JobRun } from './run-job';
import type { CronJobName } from './schedule';

/**
 * Two instances of the app each run every scheduled job at the same moment, against one
 * database: each piece of work (an email, an eSewa status check, an expiry, an OCR read, a
 * session deleted) happens once. "Instances" are two connection pools of their own; on a
 * PostgreSQL server that is what two processes are to it.
 */
let scratch: ScratchDatabase;
let instanceA: Database;
let instanceB: Database;
let endB: () => Promise<void>;
let resend: FakeResend;
let sandbox: EsewaSandbox;
let statusCounter: { server: Server; url: string; calls: Map<string, number> };

const slow = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the status checks per transaction and passes them on to the sandbox, slowly. */
async function startStatusCounter(target: string) {
  const calls = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://counter');
    const uuid = url.searchParams.get('transaction_uuid') ?? '';
    calls.set(uuid, (calls.get(uuid) ?? 0) + 1);
    await slow(150);
    const answer = await fetch(`${target}${url.search}`);
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/epay/transaction/status/`, calls };
}

beforeAll(async () => {
  scratch = await createScratchDatabase({ prefix: 'medinest_jobs' });
  instanceA = scratch.db;
  const second = createDatabase({ url: scratch.url, embedded: scratch.embedded, poolMax: 10 });
  instanceB = second.db;
  endB = () => second.client.end({ timeout: 5 });
  bindFactoryDatabase(scratch.db);
  resend = await startFakeResend();
  sandbox = await startEsewaSandbox({ productCode: 'EPAYTEST', secretKey: '8gBm/:&EnhH.1/q' });
  statusCounter = await startStatusCounter(sandbox.statusUrl);
});
afterAll(async () => {
  await endB?.();
  await new Promise((resolve) => statusCounter?.server.close(resolve));
  await sandbox?.close();
  await resend?.stop();
  await scratch?.drop();
});

/** The same job on both instances at once. */
async function twoRunsAtOnce(job: CronJobName, extra: Parameters<typeof runCronJob>[1] = {}): Promise<JobRun[]> {
  const context = { embedded: scratch.embedded, ...extra };
  return Promise.all([runCronJob(job, { ...context, database: instanceA }), runCronJob(job, { ...context, database: instanceB })]);
}

const ran = (runs: JobRun[]) => runs.filter((run): run is Extract<JobRun, { skipped: false }> => !run.skipped);

describe('scheduled jobs on two instances at once', () => {
  it('sends each due email once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { id } = await enqueueNotification(instanceA, {
        toEmail: `twice-${i}@example.com`,
        template: 'password-reset',
        payload: { name: 'Sita', resetUrl: 'http://shop.test/reset-password/open?token=abc', expiresInMinutes: 30 },
      });
      ids.push(id);
    }
    // Slow enough that the two runs overlap.
    const real = new ResendSender(resend.apiKey, resend.url);
    const emailSender = { deliveredStatus: real.deliveredStatus, send: async (email: Parameters<ResendSender['send']>[0]) => (await slow(100), real.send(email)) };
    const runs = await twoRunsAtOnce('dispatch-notifications', { emailSender });

    expect(ran(runs)).toHaveLength(1);
    const keys = resend.emails.map((email) => email.idempotencyKey).filter((key) => ids.some((id) => key === `notification-${id}`));
    expect(keys.sort()).toEqual(ids.map((id) => `notification-${id}`).sort());
    const rows = await instanceA.select({ status: notifications.status, attempts: notifications.attempts }).from(notifications).where(inArray(notifications.id, ids));
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('checks each abandoned eSewa payment with eSewa once and records it paid once', async () => {
    const esewa = { productCode: 'EPAYTEST', secretKey: '8gBm/:&EnhH.1/q', formUrl: sandbox.formUrl, statusUrl: statusCounter.url, statusTimeoutMs: 5_000, appUrl: 'http://shop.test' };
    const placed: { orderId: string; uuid: string }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const product = await createProduct({ pricePaisa: 50_000 });
      const order = await placeTestOrder({ paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 1 }] });
      const uuid = `jobs-${randomUUID()}`;
      const amount = formatEsewaAmount(order.totalPaisa);
      // Paid at eSewa ten minutes ago; the shopper never came back.
      sandbox.ledger.open({ transactionUuid: uuid, productCode: 'EPAYTEST', totalAmount: amount, amountPaisa: order.totalPaisa, successUrl: 'http://shop.test/ok', failureUrl: 'http://shop.test/no' });
      sandbox.ledger.complete(uuid);
      await instanceA.insert(payments).values({ orderId: order.orderId, provider: 'esewa', transactionUuid: uuid, amountPaisa: order.totalPaisa, amountSigned: amount, createdAt: sql`now() - interval '10 minutes'` });
      placed.push({ orderId: order.orderId, uuid });
    }

    const runs = await twoRunsAtOnce('reconcile-payments', { esewa });

    expect(ran(runs)).toHaveLength(1);
    for (const { orderId, uuid } of placed) {
      expect(statusCounter.calls.get(uuid)).toBe(1);
      const [order] = await instanceA.select({ status: orders.status, paymentStatus: orders.paymentStatus }).from(orders).where(eq(orders.id, orderId));
      expect(order).toEqual({ status: 'confirmed', paymentStatus: 'paid' });
      const confirmed = await instanceA.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
      expect(confirmed.filter((event) => event.toStatus === 'confirmed')).toHaveLength(1);
    }
  });

  it('expires each overdue order once and returns its stock once', async () => {
    const overdue: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const product = await createProduct();
      const order = await placeTestOrder({ paymentMethod: 'esewa', lines: [{ productId: product.id, quantity: 2 }] });
      overdue.push(order.orderId);
    }
    await instanceA.update(orders).set({ expiresAt: sql`now() - interval '1 minute'` }).where(inArray(orders.id, overdue));

    const runs = await twoRunsAtOnce('expire-orders');

    const reports = ran(runs).map((run) => run.report as { expired: number });
    expect(reports.reduce((sum, report) => sum + report.expired, 0)).toBe(overdue.length);
    for (const orderId of overdue) {
      const events = await instanceA.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
      expect(events.filter((event) => event.toStatus === 'cancelled')).toHaveLength(1);
      const moves = await instanceA.select().from(stockMovements).where(eq(stockMovements.orderId, orderId));
      expect(moves.filter((move) => move.reason === 'expiry_release').map((move) => move.quantityChange)).toEqual([2]);
    }
  });

  it('reads each queued prescription once', async () => {
    const queued: string[] = [];
    for (let i = 0; i < 3; i += 1) queued.push((await createPrescription()).id);
    const reads: number[] = [];
    const ocrEngine: OcrEngine = {
      name: 'counting',
      async recognize() {
        reads.push(Date.now());
        await slow(200);
        return { text: 'Dr. Hari Karki\nTab. Paracetamol 500 mg', confidence: 90, engine: 'counting' };
      },
    };

    const runs = await twoRunsAtOnce('process-prescriptions', { ocrEngine });

    expect(ran(runs)).toHaveLength(1);
    const rows = await instanceA.select({ id: prescriptions.id, ocrStatus: prescriptions.ocrStatus, ocrEngine: prescriptions.ocrEngine }).from(prescriptions).where(inArray(prescriptions.id, queued));
    expect(rows.map((row) => [row.ocrStatus, row.ocrEngine])).toEqual(queued.map(() => ['done', 'counting']));
    expect(reads).toHaveLength(queued.length);
  });

  it('deletes each long-ended session once', async () => {
    const user = await createCustomer();
    const ended = Array.from({ length: 25 }, () => ({
      tokenHash: randomBytes(16).toString('hex'),
      userId: user.id,
      expiresAt: new Date(Date.now() - 60 * 24 * 60 * 60_000),
    }));
    await instanceA.insert(sessions).values(ended);

    const runs = await twoRunsAtOnce('prune-sessions');

    const deleted = ran(runs).reduce((sum, run) => sum + (run.report as { deleted: number }).deleted, 0);
    expect(deleted).toBe(ended.length);
    const left = await instanceA.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toEqual([]);
  });

  it('deletes each long-finished webhook delivery once', async () => {
    const [endpoint] = await instanceA.insert(webhookEndpoints).values({ url: 'https://partner.example.com/hooks', events: ['order.created'], secretEncrypted: 'sealed' }).returning({ id: webhookEndpoints.id });
    const finished = Array.from({ length: 40 }, (_, i) => ({
      endpointId: endpoint!.id,
      eventId: `msg_old_${i}`,
      eventType: 'order.created',
      payload: {},
      state: 'delivered' as const,
      deliveredAt: new Date(Date.now() - 45 * 24 * 60 * 60_000),
    }));
    await instanceA.insert(webhookDeliveries).values(finished);

    const runs = await twoRunsAtOnce('prune-webhook-deliveries');

    const deleted = ran(runs).reduce((sum, run) => sum + (run.report as { deleted: number }).deleted, 0);
    expect(deleted).toBe(finished.length);
    expect(await instanceA.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint!.id))).toEqual([]);
  });

  it('runs a job again once the other run has finished', async () => {
    const [first] = await twoRunsAtOnce('dispatch-notifications');
    expect(first).toBeDefined();
    const again = await runCronJob('dispatch-notifications', { database: instanceB, embedded: scratch.embedded });
    expect(again.skipped).toBe(false);
  });
});
