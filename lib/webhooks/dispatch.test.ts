import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { auditLog, notifications, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { createStaff } from '@/test-support/factories/users';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { startWebhookReceiver, type WebhookReceiver } from '@/test-support/webhook-receiver';
import { WEBHOOK_RETRY_DELAYS_MS, WEBHOOK_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { DISABLE_AFTER_FAILURES, dispatchDueWebhooks } from './dispatch';
import { emitWebhookEvent } from './emit';
import { registerWebhookEndpoint, replayWebhookDelivery, rotateWebhookSecret } from './endpoints';
import { postWebhook } from './post';

// A database of its own: the dispatcher claims every due delivery.
let scratch: ScratchDatabase;
let db: Database;
let receiver: WebhookReceiver;
let admin: { id: string; email: string };
const local = { production: true, allowLoopback: true };
const deps = () => ({ db, policy: local, timeoutMs: 3_000 });
// PostgreSQL stamps times in microseconds: "now" a moment ahead so a row written this millisecond is due.
const soon = () => new Date(Date.now() + 1_000);

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  scratch = await createScratchDatabase();
  db = scratch.db;
  bindFactoryDatabase(db);
  admin = await createStaff('admin');
});
afterAll(async () => {
  await receiver.stop();
  await scratch.drop();
});
beforeEach(async () => {
  await db.delete(webhookEndpoints);
  receiver.reset();
});

async function endpoint(events: Parameters<typeof registerWebhookEndpoint>[0]['events'] = ['order.created']) {
  const created = await registerWebhookEndpoint({ url: receiver.url, description: 'test receiver', events }, { id: admin.id, role: 'admin' }, null, { database: db, policy: local });
  receiver.secret = created.secret;
  return created;
}
const orderCreated = (n = 1) => emitWebhookEvent(db, 'order.created', { orderId: '0b3f8c2e-6a44-4d1e-9f7a-1c2d3e4f5a6b', orderNumber: `MN-${n}`, status: 'confirmed', paymentStatus: 'unpaid', paymentMethod: 'cod', totalPaisa: 12_300 });
const deliveryOf = async (endpointId: string) => (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)))[0]!;

describe('webhook delivery', () => {
  it('the local receiver verifies the signature, answers 500 then 200, and the retry lands with the same webhook-id', async () => {
    const { id } = await endpoint();
    await orderCreated();
    receiver.respondWith(500);
    const t0 = soon();
    expect(await dispatchDueWebhooks({ now: t0 }, deps())).toMatchObject({ claimed: 1, delivered: 0, retrying: 1 });
    let row = await deliveryOf(id);
    expect(row).toMatchObject({ state: 'pending', attempts: 1, lastResponseCode: 500, lastError: 'HTTP 500' });
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + WEBHOOK_RETRY_DELAYS_MS[0]);
    // Not due before its backoff.
    expect((await dispatchDueWebhooks({ now: new Date(t0.getTime() + 30_000) }, deps())).claimed).toBe(0);

    expect(await dispatchDueWebhooks({ now: row.nextAttemptAt }, deps())).toMatchObject({ claimed: 1, delivered: 1 });
    row = await deliveryOf(id);
    expect(row).toMatchObject({ state: 'delivered', attempts: 2, lastResponseCode: 200, lastError: null });
    expect(row.attemptLog.map((a) => a.code)).toEqual([500, 200]);

    expect(receiver.received.map((r) => [r.verified, r.answered])).toEqual([[true, 500], [true, 200]]);
    expect(receiver.received[0]!.id).toBe(row.eventId);
    expect(receiver.received[1]!.id).toBe(row.eventId);
    expect(JSON.parse(receiver.received[1]!.body)).toMatchObject({ type: 'order.created', data: { orderNumber: 'MN-1' } });
    const [endpointRow] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(endpointRow).toMatchObject({ consecutiveFailures: 0, failingSince: null });
  });

  it('a receiver holding another secret refuses the request, and the dispatcher records that answer', async () => {
    const { id } = await endpoint();
    receiver.secret = 'whsec_c29tZW9uZSBlbHNlJ3Mgc2VjcmV0IQ==';
    await orderCreated();
    await dispatchDueWebhooks({ now: soon() }, deps());
    expect(receiver.received.map((r) => r.verified)).toEqual([false]);
    expect(await deliveryOf(id)).toMatchObject({ state: 'pending', lastResponseCode: 401 });
  });

  it('signs with the new secret as soon as it is rotated; the old one no longer verifies', async () => {
    const { id, secret: old } = await endpoint();
    const { secret } = await rotateWebhookSecret(id, { id: admin.id, role: 'admin' }, null, { database: db });
    expect(secret).not.toBe(old);
    await orderCreated();
    await dispatchDueWebhooks({ now: soon() }, deps());
    expect(receiver.received.map((r) => r.verified)).toEqual([false]);
    receiver.secret = secret;
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id));
    await dispatchDueWebhooks({ now: row!.nextAttemptAt }, deps());
    expect(receiver.received.map((r) => r.verified)).toEqual([false, true]);
    const audits = await db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.action, 'webhook.secret_rotated'), eq(auditLog.entityId, id)));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(secret.slice(6));
  });

  it('backs off 1 min, 5 min, 30 min, 2 h, 5 h, 8 h, 10 h and gives up after 8 attempts (about a day)', async () => {
    const { id } = await endpoint();
    await orderCreated();
    receiver.respondWith(...Array(WEBHOOK_RETRY_POLICY.maxAttempts).fill(503));
    let now = soon();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= WEBHOOK_RETRY_POLICY.maxAttempts; attempt++) {
      expect((await dispatchDueWebhooks({ now }, deps())).claimed, `attempt ${attempt}`).toBe(1);
      const row = await deliveryOf(id);
      expect(row.attempts).toBe(attempt);
      if (attempt < WEBHOOK_RETRY_POLICY.maxAttempts) {
        expect(row.state).toBe('pending');
        waits.push(row.nextAttemptAt.getTime() - now.getTime());
        now = row.nextAttemptAt;
      } else {
        expect(row.state).toBe('failed');
        expect(row.attemptLog.map((a) => a.code)).toEqual(Array(WEBHOOK_RETRY_POLICY.maxAttempts).fill(503));
      }
    }
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 28_800_000, 36_000_000]);
    expect(waits.map((_, i) => WEBHOOK_RETRY_POLICY.delayMs(i + 1))).toEqual(waits);
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
    expect(total).toBeLessThan(30 * 3_600_000);
    expect((await dispatchDueWebhooks({ now: new Date(now.getTime() + 100 * 3_600_000) }, deps())).claimed).toBe(0);
  });

  it('dispatchers running at once (three here) send each delivery exactly once', async () => {
    await endpoint();
    for (let n = 0; n < 24; n++) await orderCreated(n);
    const now = soon();
    // Small batches, so the two loops interleave claim after claim while the other is posting.
    const drain = async () => {
      let total = 0;
      for (;;) {
        const { claimed } = await dispatchDueWebhooks({ now, limit: 3 }, deps());
        if (claimed === 0) return total;
        total += claimed;
      }
    };
    const counts = await Promise.all([drain(), drain(), drain()]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(24);
    const ids = receiver.received.map((r) => r.id);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });

  it('turns off an endpoint failing for 24 hours and 10 times, closes its queue, audits, and emails every admin', async () => {
    const { id } = await endpoint();
    receiver.respondWith(...Array(40).fill(500));
    for (let n = 0; n < DISABLE_AFTER_FAILURES + 1; n++) await orderCreated(n);
    const t0 = soon();
    // Ten failures in the first hour: failing, but not for a day yet.
    await dispatchDueWebhooks({ now: t0, limit: DISABLE_AFTER_FAILURES }, deps());
    let [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(row).toMatchObject({ enabled: true, consecutiveFailures: DISABLE_AFTER_FAILURES });
    expect(row!.failingSince!.getTime()).toBe(t0.getTime());

    const dayLater = new Date(t0.getTime() + 24 * 3_600_000 + 60_000);
    const summary = await dispatchDueWebhooks({ now: dayLater, limit: 1 }, deps());
    expect(summary).toMatchObject({ claimed: 1, endpointsDisabled: 1 });
    [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(row).toMatchObject({ enabled: false });
    expect(row!.disabledReason).toMatch(/11 failed deliveries in a row/);
    const states = await db.select({ state: webhookDeliveries.state }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id));
    expect(states.filter((s) => s.state === 'pending')).toHaveLength(0);
    // Nothing more goes to it.
    const before = receiver.received.length;
    expect((await dispatchDueWebhooks({ now: new Date(dayLater.getTime() + 3_600_000) }, deps())).claimed).toBe(0);
    expect(receiver.received.length).toBe(before);

    const emails = await db.select().from(notifications).where(eq(notifications.template, 'webhook-disabled'));
    expect(emails.map((e) => e.toEmail)).toContain(admin.email);
    expect(emails[0]!.payload).toMatchObject({ url: receiver.url, failures: 11, manageUrl: expect.stringContaining(`/admin/webhooks/${id}`) });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'webhook.endpoint_disabled'), eq(auditLog.entityId, id)));
    expect(audits).toHaveLength(1);
  });

  it('a replay sends the same event again, with the same id and body, once', async () => {
    const { id } = await endpoint();
    await orderCreated(7);
    await dispatchDueWebhooks({ now: soon() }, deps());
    const delivered = await deliveryOf(id);
    expect(delivered.state).toBe('delivered');
    await replayWebhookDelivery({ endpointId: id, deliveryId: delivered.id }, { id: admin.id, role: 'admin' }, null, db);
    await expect(replayWebhookDelivery({ endpointId: id, deliveryId: delivered.id }, { id: admin.id, role: 'admin' }, null, db)).rejects.toThrow(/already queued/);
    expect(await dispatchDueWebhooks({ now: soon(), deliveryId: delivered.id }, deps())).toMatchObject({ claimed: 1, delivered: 1 });
    expect(receiver.received.map((r) => r.id)).toEqual([delivered.eventId, delivered.eventId]);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect((await deliveryOf(id)).attemptLog.map((a) => a.code)).toEqual([200, 200]);
  });
});

describe('address guard at send time', () => {
  it('refuses a host name that resolves to 127.0.0.1 unless loopback is allowed, without connecting', async () => {
    const url = new URL(receiver.url.replace('127.0.0.1', 'partner.example.com'));
    const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const refused = await postWebhook(url, { 'content-type': 'application/json' }, '{}', { timeoutMs: 2_000, policy: { production: false, allowLoopback: false }, lookup });
    expect(refused.code).toBeNull();
    expect(refused.error).toMatch(/Refused: partner\.example\.com resolves to 127\.0\.0\.1 is this machine/);
    expect(receiver.received).toHaveLength(0);
    // The same name with loopback allowed really connects to what the lookup answered.
    const allowed = await postWebhook(url, { 'content-type': 'application/json' }, '{}', { timeoutMs: 2_000, policy: { production: false, allowLoopback: true }, lookup });
    expect(allowed.code).toBe(401);
    expect(receiver.received).toHaveLength(1);
  });

  it('a stored URL pointing inside (metadata service, 10.x, ::1) fails at send with the reason, nothing is sent', async () => {
    const { id } = await endpoint();
    for (const target of ['http://169.254.169.254/latest/meta-data', 'https://10.0.0.7/hook', 'http://[::1]:9/hook']) {
      await db.update(webhookEndpoints).set({ url: target }).where(eq(webhookEndpoints.id, id));
      await db.delete(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id));
      await orderCreated();
      await dispatchDueWebhooks({ now: soon() }, { ...deps(), policy: { production: true, allowLoopback: false } });
      const row = await deliveryOf(id);
      expect(row.lastResponseCode, target).toBeNull();
      expect(row.lastError, target).toMatch(/^Refused: /);
    }
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses to register private and loopback URLs, naming the problem', async () => {
    const register = (url: string, policy = { production: true, allowLoopback: false }) =>
      registerWebhookEndpoint({ url, description: '', events: ['order.created'] }, { id: admin.id, role: 'admin' }, null, { database: db, policy });
    await expect(register('https://10.2.3.4/hook')).rejects.toMatchObject({ fieldErrors: { url: [expect.stringMatching(/private network/)] } });
    await expect(register('http://127.0.0.1:3000/hook')).rejects.toThrow(/Only https/);
    await expect(register('https://127.0.0.1:3000/hook')).rejects.toThrow(/loopback/);
    await expect(register('https://169.254.169.254/')).rejects.toThrow(/link-local/);
    await expect(register('https://[::1]/hook')).rejects.toThrow(/loopback/);
    await expect(register(`https://partner.example.com/${'x'.repeat(2_000)}`)).rejects.toThrow(/too long/);
    await expect(registerWebhookEndpoint({ url: 'https://partner.example.com/', description: '', events: ['order.deleted' as never] }, { id: admin.id, role: 'admin' }, null, { database: db })).rejects.toThrow();
    // Tabs and newlines are dropped by the URL parser, never stored.
    expect((await register('https://partner.example.com/ho\n\tok')).url).toBe('https://partner.example.com/hook');
    expect((await register('http://127.0.0.1:3000/hook', { production: true, allowLoopback: true })).secret).toMatch(/^whsec_/);
    const stored = await db.select({ url: webhookEndpoints.url, secret: webhookEndpoints.secretEncrypted }).from(webhookEndpoints).where(inArray(webhookEndpoints.url, ['http://127.0.0.1:3000/hook']));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.secret).toMatch(/^v1\./);
  });
});
