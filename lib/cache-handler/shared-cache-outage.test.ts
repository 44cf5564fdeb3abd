import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@/test-support/redis-server';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { SharedCache } from './shared-cache.mjs';

/**
 * The shared cache when Redis stops, hangs and comes back: a Redis server of this test's own
 * (stopped and started for real) behind the Upstash-REST bridge, as the app sees Upstash.
 */
const TIMEOUT_MS = 300;
let server: RedisServer;
let bridge: UpstashBridge;
let admin: Redis;
const messages: string[] = [];

beforeAll(async () => {
  server = await startRedisServer();
  bridge = await startUpstashBridge({ redisUrl: server.url });
  admin = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  admin.on('error', () => {});
});

afterAll(async () => {
  admin.disconnect();
  await bridge.stop();
  await server.stop();
});

// The breaker's first pause is short so recovery is quick; a test that times calls made while the
// breaker is open passes a longer one, since on a loaded machine 100 ms can pass between two calls.
const cache = ({ retryAfterMs = 100 } = {}) =>
  new SharedCache({ url: bridge.url, token: bridge.token, prefix: 'outage:', timeoutMs: TIMEOUT_MS, retryAfterMs, maxRetryAfterMs: Math.max(400, retryAfterMs), log: (m) => messages.push(m) });

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Reads until the cache serves `key` again; returns how long that took. */
async function untilServed(shared: SharedCache, key: string, value: string, limitMs: number, tags = ['t', 'product:7']): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    await shared.set(key, value, { tags, lifetimeSeconds: 60 });
    if ((await shared.get(key))?.value === value) return performance.now() - started;
    await sleep(20);
  }
  throw new Error(`the cache did not come back within ${limitMs} ms`);
}

describe('shared cache during a Redis outage', () => {
  it('with Redis stopped: answers "not cached" quickly, never throws, and comes back by itself', async () => {
    const shared = cache({ retryAfterMs: 2000 });
    // On a busy machine even a live Redis may miss the deadline once; wait until it serves.
    await untilServed(shared, 'k', 'before', 5000);

    await server.stop();
    // Started again whatever happens here, so one failure does not take the next tests with it.
    try {
      // The first calls each give up by the deadline; three failures in a row open the breaker.
      for (let i = 0; i < 3; i += 1) {
        const first = await timed(() => shared.get('k'));
        expect(first.result).toBeNull();
        expect(first.ms).toBeLessThan(TIMEOUT_MS + 200);
      }
      expect(messages.some((m) => /Redis unreachable/.test(m))).toBe(true);

      // The breaker is open: the next calls do not wait at all.
      const next = await timed(async () => [await shared.get('k'), await shared.set('k', 'during', { tags: [], lifetimeSeconds: 60 }), await shared.revalidate(['t'])]);
      expect(next.result).toEqual([null, false, false]);
      expect(next.ms).toBeLessThan(20);

      // Many concurrent page reads during the outage: all answered, none waits past the deadline.
      const burst = await timed(() => Promise.all(Array.from({ length: 50 }, (_, i) => shared.get(`k${i}`))));
      expect(burst.result.every((hit) => hit === null)).toBe(true);
      expect(burst.ms).toBeLessThan(TIMEOUT_MS + 200);
    } finally {
      await server.start();
    }
    const recoveredIn = await untilServed(shared, 'k', 'after', 5000);
    console.log(`shared cache back ${recoveredIn.toFixed(0)} ms after Redis started again`);
    expect(messages.some((m) => /answers again/.test(m))).toBe(true);
  });

  it('with Redis hanging: gives up at the deadline instead of waiting for it', async () => {
    const shared = cache();
    await untilServed(shared, 'h', 'x', 5000);
    await admin.connect().catch(() => {});
    await admin.call('CLIENT', 'PAUSE', '3000', 'WRITE');
    try {
      const hung = await timed(() => shared.get('h'));
      expect(hung.result).toBeNull();
      expect(hung.ms).toBeLessThan(TIMEOUT_MS + 200);
    } finally {
      await admin.call('CLIENT', 'UNPAUSE');
    }
    expect(await untilServed(shared, 'h', 'y', 5000)).toBeLessThan(5000);
  });

  it("a revalidation that Redis missed is retried on its own, and this instance serves nothing meanwhile", async () => {
    const shared = cache();
    const other = cache();
    await untilServed(shared, 'price', 'Rs. 120', 5000);
    await untilServed(other, 'price', 'Rs. 120', 5000);
    // Redis hangs (its data stays) while the price changes on this instance.
    await admin.call('CLIENT', 'PAUSE', '1500', 'WRITE');
    expect(await shared.revalidate(['product:7'])).toBe(false);
    // Meanwhile this instance serves nothing it may have revalidated.
    expect(await shared.get('price')).toBeNull();
    await admin.call('CLIENT', 'UNPAUSE');
    // Before the replay, the stale entry is still in Redis…
    expect(await admin.exists('outage:build:e:price')).toBe(1);
    // Without any further request here, the revalidation reaches Redis, and so every instance.
    // (The attempt that timed out may land too once Redis resumes; writing a tag twice is harmless.)
    const deadline = Date.now() + 3000;
    while (shared.pendingTags.size > 0 && Date.now() < deadline) await sleep(50);
    expect(shared.pendingTags.size).toBe(0);
    expect(await admin.zscore('outage:tags', 'product:7')).not.toBeNull();
    expect(await other.get('price')).toBeNull();
    expect(await shared.get('price')).toBeNull();
  });
});
