import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { notifications } from '@/db/schema';
import { startFakeResend, type FakeResend } from '@/test-support/fake-resend';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { MESSAGE_RETRY_POLICY } from '@/lib/outbox/retry-policy';
import { dispatchDueNotifications } from './dispatch';
import { enqueueNotification } from './enqueue';
import { LogSender, ResendSender } from './senders';
import { REDACTED } from './templates';

let fake: FakeResend;
let resend: ResendSender;
// A database of its own: the dispatcher claims every due row, and other test files enqueue too.
let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  fake = await startFakeResend();
  resend = new ResendSender(fake.apiKey, fake.url);
  scratch = await createScratchDatabase();
  db = scratch.db;
});
afterAll(async () => {
  await fake.stop();
  await scratch.drop();
});

beforeEach(async () => {
  await db.update(notifications).set({ status: 'failed' }).where(inArray(notifications.status, ['pending', 'sending']));
  fake.emails.length = 0;
});

const from = 'MediNest <orders@medinest.test>';
const enqueueReset = (toEmail: string, name = 'Sita') =>
  db.transaction((tx) => enqueueNotification(tx, { toEmail, template: 'password-reset', payload: { name, resetUrl: 'http://shop.test/reset-password/open?token=abc', expiresInMinutes: 30 } }));
// PostgreSQL stamps next_attempt_at in microseconds and a JS Date has milliseconds: "now" taken in
// the same millisecond as the insert can be earlier than the row, which is then not yet due.
const soon = () => new Date(Date.now() + 1_000);
const statusOf = async (id: string) => (await db.select().from(notifications).where(eq(notifications.id, id)))[0]!;

describe('dispatchDueNotifications', () => {
  it('sends due emails through the Resend SDK and marks them sent with the provider id', async () => {
    const { id } = await enqueueReset('sita@example.com', '<b>Sita</b>');
    const summary = await dispatchDueNotifications({ now: soon() }, { db, sender: resend, from });
    expect(summary).toMatchObject({ claimed: 1, delivered: 1 });
    expect(fake.emails).toHaveLength(1);
    const email = fake.emails[0]!;
    expect(email).toMatchObject({ from, to: ['sita@example.com'], subject: 'Reset your MediNest password', idempotencyKey: `notification-${id}` });
    expect(email.html).toContain('&lt;b&gt;Sita&lt;/b&gt;');
    expect(email.html).not.toContain('<b>Sita</b>');
    const row = await statusOf(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, providerMessageId: email.id });
  });

  it('retries a failed send with backoff and gives up after the last attempt', async () => {
    const { id } = await enqueueReset('ram@example.com');
    fake.failNext(MESSAGE_RETRY_POLICY.maxAttempts);
    let now = soon();
    for (let attempt = 1; attempt <= MESSAGE_RETRY_POLICY.maxAttempts; attempt++) {
      const summary = await dispatchDueNotifications({ now }, { db, sender: resend, from });
      expect(summary.claimed).toBe(1);
      const row = await statusOf(id);
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/Simulated outage/);
      if (attempt < MESSAGE_RETRY_POLICY.maxAttempts) {
        expect(row.status).toBe('pending');
        expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + MESSAGE_RETRY_POLICY.delayMs(attempt));
        // Not due again before the backoff has passed.
        expect((await dispatchDueNotifications({ now: new Date(now.getTime() + 1000) }, { db, sender: resend, from })).claimed).toBe(0);
        now = row.nextAttemptAt;
      } else {
        expect(row.status).toBe('failed');
      }
    }
    expect(fake.emails).toHaveLength(0);
  });

  it('recovers after a transient failure', async () => {
    const { id } = await enqueueReset('hari@example.com');
    fake.failNext(1);
    await dispatchDueNotifications({ now: soon() }, { db, sender: resend, from });
    await dispatchDueNotifications({ now: new Date(Date.now() + 1_000 + MESSAGE_RETRY_POLICY.delayMs(1)) }, { db, sender: resend, from });
    expect((await statusOf(id)).status).toBe('sent');
    expect(fake.emails).toHaveLength(1);
  });

  it('never sends a row twice when dispatchers run at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => enqueueReset(`parallel-${i}@example.com`)));
    const summaries = await Promise.all([1, 2, 3].map(() => dispatchDueNotifications({ now: soon(), limit: 6 }, { db, sender: resend, from })));
    expect(summaries.reduce((n, s) => n + s.delivered, 0)).toBe(6);
    expect(fake.emails).toHaveLength(6);
    expect(new Set(fake.emails.map((e) => e.to[0])).size).toBe(6);
    for (const { id } of ids) expect((await statusOf(id)).status).toBe('sent');
  });

  it('keeps no reset link in the outbox once the email is sent or logged', async () => {
    const rowsHoldingToken = async () => (await db.execute(sql`select id from notifications n where n::text like '%token=abc%'`)) as unknown as { id: string }[];
    const sent = await enqueueReset('sent-link@example.com');
    expect((await rowsHoldingToken()).map((r) => r.id)).toContain(sent.id);
    await dispatchDueNotifications({ now: soon() }, { db, sender: resend, from });
    expect(fake.emails[0]!.text).toContain('token=abc');
    const logged = await enqueueReset('logged-link@example.com');
    await dispatchDueNotifications({ now: soon() }, { db, sender: new LogSender({ info: () => {} } as never, true), from });
    expect((await rowsHoldingToken()).filter((r) => r.id === sent.id || r.id === logged.id)).toEqual([]);
    expect((await statusOf(logged.id)).payload).toMatchObject({ name: 'Sita', resetUrl: REDACTED, expiresInMinutes: 30 });
  });

  it('keeps the reset link while a failed send waits for its retry, and blanks it once the dispatcher gives up', async () => {
    const { id } = await enqueueReset('outage-link@example.com');
    fake.failNext(MESSAGE_RETRY_POLICY.maxAttempts);
    let now = soon();
    for (let attempt = 1; attempt < MESSAGE_RETRY_POLICY.maxAttempts; attempt++) {
      await dispatchDueNotifications({ now }, { db, sender: resend, from });
      const row = await statusOf(id);
      expect(row).toMatchObject({ status: 'pending', payload: { resetUrl: 'http://shop.test/reset-password/open?token=abc' } });
      now = row.nextAttemptAt;
    }
    await dispatchDueNotifications({ now }, { db, sender: resend, from });
    expect(await statusOf(id)).toMatchObject({ status: 'failed', payload: { name: 'Sita', resetUrl: REDACTED, expiresInMinutes: 30 } });
    expect(fake.emails).toHaveLength(0);
  });

  it('sends the kept link when a retry after a failure succeeds', async () => {
    const { id } = await enqueueReset('retry-link@example.com');
    fake.failNext(1);
    await dispatchDueNotifications({ now: soon() }, { db, sender: resend, from });
    await dispatchDueNotifications({ now: new Date(Date.now() + 1_000 + MESSAGE_RETRY_POLICY.delayMs(1)) }, { db, sender: resend, from });
    expect(fake.emails[0]!.text).toContain('token=abc');
    expect((await statusOf(id)).payload).toMatchObject({ resetUrl: REDACTED });
  });

  it('marks emails logged when no Resend key is configured', async () => {
    const lines: unknown[] = [];
    const { id } = await enqueueReset('logged@example.com');
    await dispatchDueNotifications({ now: soon() }, { db, sender: new LogSender({ info: (obj: unknown) => lines.push(obj) } as never, false), from });
    expect((await statusOf(id)).status).toBe('logged');
    expect(JSON.stringify(lines)).toContain('logged@example.com');
    expect(JSON.stringify(lines)).not.toContain('token=abc');
  });

  it('the enqueued row rolls back with the transaction that caused it', async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueNotification(tx, { toEmail: 'rollback@example.com', template: 'welcome', payload: { name: 'X', shopUrl: 'http://shop.test' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(notifications).where(eq(notifications.toEmail, 'rollback@example.com'))).toHaveLength(0);
  });
});
