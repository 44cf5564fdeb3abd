import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '@/db/schema';
import { createScratchDatabase, type ScratchDatabase } from '@/test-support/test-database';
import { startPostgresCluster, startStreamingReplica, type PostgresCluster } from '@/test-support/postgres-cluster';

/**
 * Reports read from a real streaming replica: a primary cluster of this test's own, a second
 * cluster made from it by pg_basebackup -R, and the app's db/client wired to both through
 * DATABASE_URL and DATABASE_REPLICA_URL.
 */
let primary: PostgresCluster | undefined;
let replica: PostgresCluster | undefined;
let scratch: ScratchDatabase | undefined;
let replicaControl: postgres.Sql | undefined;
let client: typeof import('@/db/client');
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, DATABASE_REPLICA_URL: process.env.DATABASE_REPLICA_URL };

beforeAll(async () => {
  primary = await startPostgresCluster();
  scratch = await createScratchDatabase({ serverUrl: primary.url(), prefix: 'medinest_replica' });
  replica = await startStreamingReplica(primary);
  const name = new URL(scratch.url).pathname.slice(1);
  replicaControl = postgres(replica.url(name), { max: 1, onnotice: () => {} });

  process.env.DATABASE_URL = scratch.url;
  process.env.DATABASE_REPLICA_URL = replica.url(name);
  vi.resetModules();
  delete (globalThis as { medinestDb?: unknown }).medinestDb;
  client = await import('@/db/client');
});

afterAll(async () => {
  await replicaControl?.end({ timeout: 1 });
  await client?.db.$client.end({ timeout: 1 });
  await client?.reportingDb.$client.end({ timeout: 1 });
  delete (globalThis as { medinestDb?: unknown }).medinestDb;
  Object.assign(process.env, savedEnv);
  if (savedEnv.DATABASE_REPLICA_URL === undefined) delete process.env.DATABASE_REPLICA_URL;
  await scratch?.release().catch(() => {});
  await replica?.destroy();
  await primary?.destroy();
});

async function replicaCaughtUp(): Promise<void> {
  const lsn = (await client.db.execute<{ lsn: string }>(sql`select pg_current_wal_insert_lsn()::text as lsn`))[0]!.lsn;
  await expect
    .poll(async () => (await replicaControl!`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`)[0]!.done, { timeout: 10_000, interval: 50 })
    .toBe(true);
}

const inRecovery = async (database: typeof client.db) =>
  (await database.execute<{ standby: boolean }>(sql`select pg_is_in_recovery() as standby`))[0]!.standby;

describe('reporting reads on a streaming replica', () => {
  it('sends report reads (raw SQL and selects) to the replica, and writes to the primary', async () => {
    expect(await inRecovery(client.db)).toBe(false);
    expect(await inRecovery(client.reportingDb)).toBe(true);

    // A write handed to the reporting database still lands on the primary.
    await client.reportingDb.insert(auditLog).values({ actorId: null, actorRole: null, action: 'test.replica_write', entityType: 'test', entityId: 'write-1' });
    const onPrimary = await client.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where entity_id = 'write-1'`);
    expect(onPrimary[0]!.n).toBe(1);
    // Drizzle's own selects on the reporting database are answered by the standby.
    await replicaCaughtUp();
    const rows = await client.reportingDb.select({ standby: sql<boolean>`pg_is_in_recovery()` }).from(auditLog).limit(1);
    expect(rows).toEqual([{ standby: true }]);
    // Raw SQL on the reporting database runs on the replica, which refuses any write in it.
    const refused = await client.reportingDb.execute(sql`insert into audit_log (action) values ('test.raw_write')`).then(() => null, (error: unknown) => error);
    expect(String((refused as Error | null)?.cause)).toMatch(/cannot execute INSERT in a read-only transaction/);
  });

  it('serves the audit list, the dashboard and the stock export from the replica: a row the replica has not replayed is not in them yet', async () => {
    const { listAudit } = await import('@/lib/admin/audit');
    const { loadDashboard } = await import('@/lib/admin/dashboard');
    const { stockCsv } = await import('@/lib/admin/exports');
    const { recordAudit } = await import('@/lib/audit/record');
    const filter = { entityId: 'paused-1', page: 1 } as const;

    await replicaCaughtUp();
    await replicaControl!`select pg_wal_replay_pause()`;
    try {
      await recordAudit(client.db, { actorId: null, actorRole: null, action: 'test.while_paused', entityType: 'test', entityId: 'paused-1' });
      // The primary has it at once; the report, read on the paused replica, does not.
      expect((await listAudit(filter, client.db)).total).toBe(1);
      expect((await listAudit(filter)).total).toBe(0);
      // The dashboard's raw SQL and the export's select run on the replica while it is paused.
      expect((await loadDashboard()).byStatus).toHaveLength(7);
      expect((await stockCsv()).split('\n')[0]).toContain('batch_number');
    } finally {
      await replicaControl!`select pg_wal_replay_resume()`;
    }
    await replicaCaughtUp();
    expect((await listAudit(filter)).rows.map((r) => r.action)).toEqual(['test.while_paused']);
  });

  it('reads reports on the primary while the replica is down, and on the replica again once it is back', async () => {
    const { loadDashboard } = await import('@/lib/admin/dashboard');
    const standby = async () => (await client.reportingDb.select({ standby: sql<boolean>`pg_is_in_recovery()` }).from(auditLog).limit(1))[0]?.standby;
    await replicaControl!.end({ timeout: 1 });
    replicaControl = undefined;
    await replica!.stop();
    try {
      // Within one probe interval (5 s) the reports are answered again, by the primary.
      await expect.poll(() => loadDashboard().then((d) => d.byStatus.length, () => 'failed'), { timeout: 15_000, interval: 250 }).toBe(7);
      expect(await standby()).toBe(false);
      expect((await client.reportingDb.execute<{ standby: boolean }>(sql`select pg_is_in_recovery() as standby`))[0]!.standby).toBe(false);
    } finally {
      await replica!.start();
    }
    await expect.poll(() => standby().catch(() => 'failed'), { timeout: 15_000, interval: 250 }).toBe(true);
  });
});
