import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { createKeyValueStore } from './index';
import { MemoryStore } from './memory-store';
import { rateLimit } from './rate-limit';
import { SecurityFallbackStore } from './security-fallback-store';
import type { KeyValueStore } from './types';
import { UpstashStore } from './upstash-store';

// Every key this run writes to the shared Redis starts with this, so it can be found and removed.
const runPrefix = `medinest-test:${randomUUID()}:`;
const redis = new Redis('redis://127.0.0.1:6379');
let bridge: UpstashBridge;

beforeAll(async () => {
  bridge = await startUpstashBridge();
});

afterAll(async () => {
  await bridge.stop();
  const keys = await redis.keys(`*${runPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function describeKeyValueStore(name: string, makeStore: () => KeyValueStore) {
  describe(`${name} store`, () => {
    let store: KeyValueStore;
    const key = (label: string) => `${runPrefix}${name}:${label}`;
    beforeAll(() => {
      store = makeStore();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('returns null for a key never written', async () => {
      expect(await store.get(key('missing'))).toBeNull();
    });

    it('reads back what was set, and nothing after delete', async () => {
      await store.set(key('plain'), 'paracetamol');
      expect(await store.get(key('plain'))).toBe('paracetamol');
      await store.delete(key('plain'));
      expect(await store.get(key('plain'))).toBeNull();
    });

    it('keeps JSON values exactly, including strings that look like numbers', async () => {
      const product = { id: 7, name: 'Cetamol 500', pricePaisa: 12_550, rx: false, tags: ['fever', 'pain'], batch: null };
      await store.set(key('object'), product);
      await store.set(key('numeric-string'), '123');
      await store.set(key('number'), 123);
      expect(await store.get(key('object'))).toEqual(product);
      expect(await store.get(key('numeric-string'))).toBe('123');
      expect(await store.get(key('number'))).toBe(123);
    });

    it('forgets a value once its TTL has passed', async () => {
      await store.set(key('short-lived'), { otp: '482913' }, { ttlSeconds: 1 });
      expect(await store.get(key('short-lived'))).toEqual({ otp: '482913' });
      await sleep(1_300);
      expect(await store.get(key('short-lived'))).toBeNull();
    });

    it('counts 200 concurrent increments exactly once each', async () => {
      const results = await Promise.all(
        Array.from({ length: 200 }, () => store.increment(key('concurrent'), { ttlSeconds: 60 })),
      );
      const counts = results.map((r) => r.count).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      for (const { ttlSeconds } of results) expect(ttlSeconds).toBeGreaterThan(0);
      for (const { ttlSeconds } of results) expect(ttlSeconds).toBeLessThanOrEqual(60);
    });

    it('starts the window on the first increment only, then starts over when it expires', async () => {
      expect(await store.increment(key('window'), { ttlSeconds: 2 })).toEqual({ count: 1, ttlSeconds: 2 });
      await sleep(1_100);
      const second = await store.increment(key('window'), { ttlSeconds: 2 });
      expect(second.count).toBe(2);
      expect(second.ttlSeconds).toBeLessThanOrEqual(1);
      await sleep(1_200);
      expect((await store.increment(key('window'), { ttlSeconds: 2 })).count).toBe(1);
    });

    it('rate limit refuses the call past the limit and says when to retry', async () => {
      const options = { limit: 3, windowSeconds: 60 };
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await rateLimit(store, key('login'), options));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
      expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
      expect(results[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(results[0]!.retryAfterSeconds).toBe(0);
    });

    it('rate limit lets exactly `limit` of many concurrent calls through', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, () => rateLimit(store, key('burst'), { limit: 5, windowSeconds: 60 })),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
    });
  });
}

describeKeyValueStore('memory', () => new MemoryStore());
// No deadline short of the test's own: these check atomicity under 200 concurrent calls, not latency on a busy machine.
describeKeyValueStore('upstash', () => createKeyValueStore({ UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token, UPSTASH_TIMEOUT_MS: 60_000 }));

describe('createKeyValueStore', () => {
  it('uses Upstash when a URL is configured and memory otherwise', () => {
    // Upstash, behind the fallback that keeps sign-in limits counting through an outage.
    expect(createKeyValueStore({ UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: 't' })).toBeInstanceOf(SecurityFallbackStore);
    expect(createKeyValueStore({})).toBeInstanceOf(MemoryStore);
    expect(() => createKeyValueStore({ UPSTASH_REDIS_REST_URL: bridge.url })).toThrow(/TOKEN/);
  });
});

describe('upstash store when the service is down', () => {
  it('fails ping once the bridge has stopped', async () => {
    const local = await startUpstashBridge();
    const store = new UpstashStore({ url: local.url, token: local.token, retries: 0 });
    await store.ping();
    await local.stop();
    await expect(store.ping()).rejects.toThrow();
  });

  it('fails ping when Redis behind the bridge is unreachable', async () => {
    const local = await startUpstashBridge({ redisUrl: 'redis://127.0.0.1:1' });
    try {
      const store = new UpstashStore({ url: local.url, token: local.token, retries: 0 });
      await expect(store.ping()).rejects.toThrow();
    } finally {
      await local.stop();
    }
  });
});

describe('memory store bounds', () => {
  it('drops the oldest entries once past its cap', async () => {
    const store = new MemoryStore(10);
    for (let i = 0; i < 11; i++) await store.set(`k${i}`, i);
    expect(await store.get('k0')).toBeNull();
    expect(await store.get('k10')).toBe(10);
  });

  it('sweeps expired entries before dropping live ones', async () => {
    let now = 0;
    const store = new MemoryStore(10, () => now);
    // The live entries are the oldest, so a cap that ignored expiry would drop them first.
    for (let i = 0; i < 5; i++) await store.set(`kept${i}`, i);
    for (let i = 0; i < 5; i++) await store.set(`expiring${i}`, i, { ttlSeconds: 1 });
    now = 2_000;
    await store.set('one-more', 'x');
    for (let i = 0; i < 5; i++) expect(await store.get(`kept${i}`)).toBe(i);
    expect(await store.get('one-more')).toBe('x');
  });

  it('keeps locks, failure counts and rate limits through a flood of 10,001 cache keys', async () => {
    const store = new MemoryStore();
    await store.set('lock:sign-in:ip:203.0.113.5', { until: Date.now() + 60_000 }, { ttlSeconds: 60 });
    await store.increment('failures:sign-in:account:owner@example.com', { ttlSeconds: 900 });
    await rateLimit(store, 'register:ip:203.0.113.5', { limit: 5, windowSeconds: 3600 });
    for (let i = 0; i < 10_001; i++) await store.set(`catalog:product:${i}`, i, { ttlSeconds: 300 });
    expect(await store.get('lock:sign-in:ip:203.0.113.5')).not.toBeNull();
    expect(await store.get('failures:sign-in:account:owner@example.com')).toBe(1);
    expect(await store.get('rate-limit:register:ip:203.0.113.5')).toBe(1);
    // The cache itself is still bounded.
    expect(await store.get('catalog:product:0')).toBeNull();
    expect(await store.get('catalog:product:10000')).toBe(10_000);
  });

  it('refuses a security key without a TTL, and forgets expired ones once the map has grown', async () => {
    let now = 0;
    const store = new MemoryStore(10, () => now);
    await expect(store.set('lock:forever', { until: 1 })).rejects.toThrow(/needs a TTL/);
    for (let i = 0; i < 10; i++) await store.increment(`rate-limit:old:${i}`, { ttlSeconds: 1 });
    now = 2_000;
    for (let i = 0; i < 5; i++) await store.increment(`rate-limit:new:${i}`, { ttlSeconds: 60 });
    const internal = store as unknown as { security: Map<string, unknown> };
    expect(internal.security.size).toBe(5);
    expect(await store.get('rate-limit:new:0')).toBe(1);
  });
});
