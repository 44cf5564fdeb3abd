import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { notifications } from '@/db/schema';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { defineOutbox } from './outbox';
import { MESSAGE_RETRY_POLICY } from './retry-policy';

// A database of its own: claiming takes every due row.
let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = scratch.db;
});
afterAll(async () => {
  await scratch.drop();
});

const LEASE_MS = 60_000;
const outbox = defineOutbox(notifications, { state: 'status', leaseMs: () => LEASE_MS, retry: MESSAGE_RETRY_POLICY });
const enqueue = async () => (await db.insert(notifications).values({ toEmail: 'lease@example.com', template: 'welcome', payload: {} }).returning({ id: notifications.id }))[0]!.id;
const rowOf = async (id: string) => (await db.select().from(notifications).where(eq(notifications.id, id)))[0]!;
const claim = (now: Date) => outbox.claimDue(db, { now, limit: 10, returning: { toEmail: notifications.toEmail } });

describe('an outbox table', () => {
  it('leases a claimed row: due again, with one attempt more, only once the lease has passed', async () => {
    const id = await enqueue();
    const t0 = new Date(Date.now() + 1_000);
    expect(await claim(t0)).toEqual([{ id, attempts: 1, toEmail: 'lease@example.com' }]);
    expect(await rowOf(id)).toMatchObject({ status: 'sending', nextAttemptAt: new Date(t0.getTime() + LEASE_MS) });
    // The dispatcher died mid-send: nothing was recorded.
    expect(await claim(new Date(t0.getTime() + LEASE_MS - 1))).toEqual([]);
    expect(await claim(new Date(t0.getTime() + LEASE_MS))).toEqual([{ id, attempts: 2, toEmail: 'lease@example.com' }]);
    await outbox.recordDelivered(db, id, 'sent', { sentAt: new Date() });
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('retries after the policy wait, gives up once the attempts are used or the refusal is permanent, and writes the channel columns', async () => {
    const id = await enqueue();
    const now = new Date(Date.now() + 1_000);
    const [row] = await claim(now);
    const columns = (giveUp: boolean) => ({ providerMessageId: giveUp ? 'given-up' : 'retrying' });
    expect(await outbox.recordFailure(db, row!, { now, error: 'blip', set: columns })).toBe(false);
    expect(await rowOf(id)).toMatchObject({ status: 'pending', lastError: 'blip', providerMessageId: 'retrying', nextAttemptAt: new Date(now.getTime() + MESSAGE_RETRY_POLICY.delayMs(1)) });
    expect(await outbox.recordFailure(db, row!, { now, error: 'refused', permanent: true, set: columns })).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: 'failed', lastError: 'refused', providerMessageId: 'given-up' });
    expect(await outbox.recordFailure(db, { id, attempts: MESSAGE_RETRY_POLICY.maxAttempts }, { now, error: 'last' })).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: 'failed', lastError: 'last' });
  });
});
