import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './connection';
import { checkHealth } from '@/lib/observability/health';
import { MemoryStore } from '@/lib/kv/memory-store';
import { startPostgresCluster, type PostgresCluster } from '@/test-support/postgres-cluster';

/**
 * A real PostgreSQL of this test's own is stopped and started under a pool with the app's
 * settings (db/connection.ts). While it is down every query fails fast; once it is back the
 * first queries succeed within 2 s. With postgres.js's default backoff this took 6-15 s.
 */
let cluster: PostgresCluster;
let pool: ReturnType<typeof createDatabase>;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  pool = createDatabase({ url: cluster.url(), embedded: false, poolMax: 10 });
});

afterAll(async () => {
  await pool?.client.end({ timeout: 1 });
  await cluster?.destroy();
});

const ping = (db: Database) => db.execute(sql`select 1 as one`);

/** Fires `concurrency` queries at once, the way a burst of requests would, and times each. */
async function burst(db: Database, concurrency: number): Promise<{ ok: number; failed: number; slowestMs: number }> {
  const results = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const started = performance.now();
      const ok = await ping(db).then(
        () => true,
        () => false,
      );
      return { ok, ms: performance.now() - started };
    }),
  );
  return { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, slowestMs: Math.max(...results.map((r) => r.ms)) };
}

describe('database outage', () => {
  it('fails fast while PostgreSQL is down and serves again within 2 s of it starting, three times over', async () => {
    const recoveries: number[] = [];
    for (let run = 0; run < 3; run++) {
      // Every connection of the pool open and in use, as on a busy server.
      expect((await burst(pool.db, 10)).ok).toBe(10);
      await cluster.stop();

      // Requests during a 3-second outage: each fails, none hangs.
      const outageEnds = Date.now() + 3_000;
      while (Date.now() < outageEnds) {
        const during = await burst(pool.db, 5);
        expect(during.ok).toBe(0);
        expect(during.slowestMs).toBeLessThan(1_000);
        await new Promise((r) => setTimeout(r, 100));
      }
      const health = await checkHealth({ db: pool.db, kv: new MemoryStore(), timeoutMs: 2_000 });
      expect(health).toMatchObject({ status: 'degraded', db: 'down' });

      await cluster.start();
      const backAt = performance.now();
      let recoveredMs: number | null = null;
      while (performance.now() - backAt < 10_000) {
        if ((await burst(pool.db, 5)).ok === 5) {
          recoveredMs = performance.now() - backAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      recoveries.push(Math.round(recoveredMs ?? Infinity));
    }
    console.info(`PostgreSQL recovery after start (ms): ${recoveries.join(', ')}`);
    for (const ms of recoveries) expect(ms).toBeLessThanOrEqual(2_000);
  }, 90_000);
});
