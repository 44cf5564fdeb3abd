import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { sessions } from '@/db/schema';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { createStaff, createUser } from '@/test-support/factories/users';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { pruneEndedSessions } from './prune';
import { endSession, startSession } from './store';

// A database of its own: pruning deletes every old enough row, other test files' included.
let scratch: ScratchDatabase;
let db: Database;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = scratch.db;
  bindFactoryDatabase(db);
});
afterAll(async () => scratch.drop());

const DAY = 24 * 60 * 60_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const open = (user: { id: string; role: 'customer' | 'pharmacist' | 'admin' }, startedAt: Date) =>
  startSession(db, { userId: user.id, role: user.role, twoFactorVerified: false, ip: null, userAgent: null }, startedAt);
const remaining = async (ids: string[]) => (await db.select({ id: sessions.id }).from(sessions).where(inArray(sessions.id, ids))).map((r) => r.id).sort();

describe('pruneEndedSessions', () => {
  it('deletes sessions that expired or were revoked more than 30 days ago and keeps every other', async () => {
    const shopper = await createUser();
    const pharmacist = await createStaff('pharmacist');
    const expiredLongAgo = await open(shopper, daysAgo(65)); // a shopper's 30 days ended 35 days ago
    const staffExpiredLongAgo = await open(pharmacist, daysAgo(31)); // 12 hours, ended 30.5 days ago
    const expiredRecently = await open(shopper, daysAgo(40)); // ended 10 days ago
    const live = await open(shopper, daysAgo(2));
    const revokedLongAgo = await open(shopper, daysAgo(20));
    await endSession(db, revokedLongAgo.sessionId, 'signed_out', daysAgo(19));
    // Revoked 31 days ago, though it would have lasted until yesterday.
    await db.update(sessions).set({ revokedAt: daysAgo(31) }).where(eq(sessions.id, revokedLongAgo.sessionId));
    const revokedRecently = await open(shopper, daysAgo(5));
    await endSession(db, revokedRecently.sessionId, 'signed_out', daysAgo(4));

    const report = await pruneEndedSessions(db);
    expect(report.complete).toBe(true);
    expect(report.deleted).toBeGreaterThanOrEqual(3);
    const all = [expiredLongAgo, staffExpiredLongAgo, expiredRecently, live, revokedLongAgo, revokedRecently].map((s) => s.sessionId);
    expect(await remaining(all)).toEqual([expiredRecently.sessionId, live.sessionId, revokedRecently.sessionId].sort());
  });

  it('deletes in batches and stops after the most batches a run may take, leaving the rest for the next run', async () => {
    const shopper = await createUser();
    const old = await Promise.all([70, 71, 72, 73, 74].map((days) => open(shopper, daysAgo(days))));
    const ids = old.map((s) => s.sessionId);

    const partial = await pruneEndedSessions(db, { batchSize: 2, maxBatches: 1 });
    expect(partial).toMatchObject({ batches: 1, deleted: 2, complete: false });
    expect(await remaining(ids)).toHaveLength(3);

    const rest = await pruneEndedSessions(db, { batchSize: 2 });
    expect(rest.complete).toBe(true);
    expect(rest.batches).toBeGreaterThanOrEqual(2);
    expect(await remaining(ids)).toEqual([]);
  });

  it('a shorter retention prunes sooner', async () => {
    const shopper = await createUser();
    const ended = await open(shopper, daysAgo(1));
    await endSession(db, ended.sessionId, 'signed_out', daysAgo(1));
    await pruneEndedSessions(db, { retentionDays: 2 });
    expect(await remaining([ended.sessionId])).toHaveLength(1);
    await pruneEndedSessions(db, { retentionDays: 0 });
    expect(await remaining([ended.sessionId])).toEqual([]);
  });
});
