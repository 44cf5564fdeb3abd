import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { GET_SCRIPT } from './scripts.mjs';
import { EVERYTHING_TAG, SharedCache, type SharedCacheOptions } from './shared-cache.mjs';

/**
 * The shared cache against the real Redis through the Upstash-REST bridge. "Instances" are
 * separate SharedCache objects, each with its own bridge, as two app servers would be.
 */
const prefix = `medinest-test:${randomUUID()}:cache:`;
const redis = new Redis('redis://127.0.0.1:6379');
let bridges: UpstashBridge[];

beforeAll(async () => {
  bridges = await Promise.all([startUpstashBridge(), startUpstashBridge()]);
});

afterAll(async () => {
  await Promise.all(bridges.map((bridge) => bridge.stop()));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function instance(which: 0 | 1, options: Partial<SharedCacheOptions> = {}) {
  const bridge = bridges[which]!;
  // A generous deadline: these tests are about what is shared, not about timing (the outage tests are).
  return new SharedCache({ url: bridge.url, token: bridge.token, prefix, buildId: 'b1', timeoutMs: 5000, log: () => {}, ...options });
}
const unique = (label: string) => `${label}:${randomUUID()}`;

/** The replies of the instance's get script, as Redis sent them (the client is the real one; only watched). */
function watchReplies(cache: SharedCache): unknown[][] {
  const replies: unknown[][] = [];
  const evaluate = cache.redis.eval.bind(cache.redis);
  cache.redis.eval = (async (...args: Parameters<typeof evaluate>) => {
    const reply = await evaluate(...args);
    if (args[0] === GET_SCRIPT) replies.push(reply as unknown[]);
    return reply;
  }) as typeof evaluate;
  return replies;
}

describe('shared cache on Redis', () => {
  it('stores a value that any instance reads back', async () => {
    const [one, two] = [instance(0), instance(1)];
    const key = unique('key');
    expect(await two.get(key)).toBeNull();
    expect(await one.set(key, '{"price":12000}', { tags: ['product:1'], lifetimeSeconds: 60 })).toBe(true);
    const hit = await two.get(key);
    expect(hit?.value).toBe('{"price":12000}');
    // Next ages the entry by lastModified, in this process's clock.
    expect(Math.abs(Date.now() - hit!.lastModified)).toBeLessThan(2000);
  });

  it('a revalidation on one instance expires the entry on the other at once', async () => {
    const [one, two] = [instance(0), instance(1)];
    const key = unique('card');
    const tag = unique('product');
    await two.set(key, 'old price', { tags: ['catalog', tag], lifetimeSeconds: 3600 });
    expect((await two.get(key))?.value).toBe('old price');
    expect(await one.revalidate([tag])).toBe(true);
    expect(await two.get(key)).toBeNull();
    // And the entry is gone from Redis, not only hidden.
    expect(await redis.exists(`${prefix}b1:e:${key}`)).toBe(0);
    // Stored again after the revalidation, it is served.
    await two.set(key, 'new price', { tags: ['catalog', tag], lifetimeSeconds: 3600 });
    expect((await one.get(key))?.value).toBe('new price');
  });

  it('an entry whose computation began before a revalidation is not served, even if stored after it', async () => {
    const [one, two] = [instance(0), instance(1)];
    const key = unique('listing');
    const tag = unique('product');
    // Instance two misses and starts reading the database (the old price)…
    expect(await two.get(key)).toBeNull();
    // …the price changes and instance one revalidates…
    await sleep(5);
    await one.revalidate([tag]);
    // …then two stores what it read. It must not be served.
    await two.set(key, 'read before the change', { tags: [tag], lifetimeSeconds: 3600 });
    expect(await one.get(key)).toBeNull();
    expect(await two.get(key)).toBeNull();
  });

  it('checks the tags the reader adds (Next’s implicit page tags) as well as the entry’s own', async () => {
    const [one, two] = [instance(0), instance(1)];
    const key = unique('suggest');
    const pageTag = unique('_N_T_/search');
    await one.set(key, 'x', { tags: ['catalog'], lifetimeSeconds: 60 });
    expect(await two.get(key, [pageTag])).not.toBeNull();
    await one.revalidate([pageTag]);
    expect(await two.get(key, [pageTag])).toBeNull();
  });

  it('entries expire with their lifetime, counted from when their computation began', async () => {
    const one = instance(0);
    const key = unique('short');
    await one.set(key, 'x', { tags: [], lifetimeSeconds: 1 });
    const ttl = await redis.pttl(`${prefix}b1:e:${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1000);
    await sleep(1100);
    expect(await one.get(key)).toBeNull();
  });

  it('caps every lifetime, and does not store an entry larger than the limit', async () => {
    const one = instance(0, { maxLifetimeSeconds: 5, maxEntryBytes: 1000 });
    const key = unique('capped');
    await one.set(key, 'x', { tags: [], lifetimeSeconds: 86_400 });
    expect(await redis.pttl(`${prefix}b1:e:${key}`)).toBeLessThanOrEqual(5000);
    const big = unique('big');
    expect(await one.set(big, 'x'.repeat(1001), { tags: [], lifetimeSeconds: 60 })).toBe(false);
    expect(await redis.exists(`${prefix}b1:e:${big}`)).toBe(0);
  });

  it('keeps builds apart but shares their revalidations', async () => {
    const oldBuild = instance(0, { buildId: 'b1' });
    const newBuild = instance(1, { buildId: 'b2' });
    const key = unique('page');
    const tag = unique('product');
    await oldBuild.set(key, 'rendered by b1', { tags: [tag], lifetimeSeconds: 60 });
    expect(await newBuild.get(key)).toBeNull();
    await newBuild.revalidate([tag]);
    expect(await oldBuild.get(key)).toBeNull();
  });

  it('forgets revalidations older than any entry can be, so the tag index stays small', async () => {
    const isolated = `${prefix}${randomUUID()}:`;
    const one = instance(0, { prefix: isolated, maxLifetimeSeconds: 1 });
    await one.revalidate(['old-tag']);
    expect(await redis.zscore(`${isolated}tags`, 'old-tag')).not.toBeNull();
    // Entries live at most 1 s after they began, so a revalidation older than 2 s can expire nothing.
    await sleep(2100);
    await one.revalidate(['new-tag']);
    expect(await redis.zscore(`${isolated}tags`, 'old-tag')).toBeNull();
    expect(await redis.zscore(`${isolated}tags`, 'new-tag')).not.toBeNull();
    // The index has no expiry: an eviction policy for keys with a TTL never drops it.
    expect(await redis.ttl(`${isolated}tags`)).toBe(-1);
  });

  it('revalidates many tags in one call (more than one Lua batch)', async () => {
    const [one, two] = [instance(0), instance(1)];
    const tags = Array.from({ length: 1200 }, (_, i) => unique(`bulk-${i}`));
    const key = unique('bulk');
    await one.set(key, 'x', { tags: tags.slice(1100), lifetimeSeconds: 60 });
    expect(await two.get(key)).not.toBeNull();
    await two.revalidate(tags);
    expect(await one.get(key)).toBeNull();
  });

  it('the everything tag expires every entry', async () => {
    const isolated = `${prefix}${randomUUID()}:`;
    const one = instance(0, { prefix: isolated });
    await one.set('a', 'x', { tags: ['t1'], lifetimeSeconds: 60 });
    await one.revalidate([EVERYTHING_TAG]);
    expect(await one.get('a')).toBeNull();
  });

  it('sends no value back for a copy the instance already holds, and fetches it anew once another instance replaced it', async () => {
    const [one, two] = [instance(0), instance(1)];
    const replies = watchReplies(two);
    const key = unique('page');
    const page = `<html>${'x'.repeat(50_000)}</html>`;
    await one.set(key, page, { tags: ['catalog'], lifetimeSeconds: 60 });
    expect((await two.get(key))?.value).toBe(page);
    expect((await two.get(key))?.value).toBe(page);
    // The first read fetched the value; the second was only confirmed.
    expect(replies.map((reply) => [reply[0], typeof reply[3]])).toEqual([
      [1, 'string'],
      [2, 'undefined'],
    ]);
    await one.set(key, 'new price', { tags: ['catalog'], lifetimeSeconds: 60 });
    expect((await two.get(key))?.value).toBe('new price');
    // What an instance wrote itself it never fetches back.
    const own = watchReplies(one);
    expect((await one.get(key))?.value).toBe('new price');
    expect(own.map((reply) => reply[0])).toEqual([2]);
  });

  it('decodes each kept copy once, and keeps copies within its size bound, oldest out first', async () => {
    let decoded = 0;
    const reader = instance(1, {
      maxLocalBytes: 25_000,
      decode: (text) => {
        decoded += 1;
        return { length: text.length };
      },
    });
    const keys = [unique('a'), unique('b'), unique('c')];
    for (const key of keys) await instance(0).set(key, 'y'.repeat(10_000), { tags: [], lifetimeSeconds: 60 });
    for (const key of keys) expect((await reader.get(key))?.value).toEqual({ length: 10_000 });
    expect(decoded).toBe(3);
    expect(reader.localBytes).toBeLessThanOrEqual(25_000);
    expect([...reader.local.keys()]).toEqual(keys.slice(1));
    const replies = watchReplies(reader);
    await reader.get(keys[2]!);
    await reader.get(keys[0]!);
    expect(replies.map((reply) => reply[0])).toEqual([2, 1]);
    expect(decoded).toBe(4);
  });

  it('measures a read of a page’s cards with their tag check (one script, one round trip)', async () => {
    const one = instance(0);
    const key = unique('timed');
    await one.set(key, JSON.stringify({ items: Array.from({ length: 24 }, (_, i) => ({ id: i, name: `Product ${i}`, price: i * 100 })) }), {
      tags: ['catalog', ...Array.from({ length: 24 }, (_, i) => `product:${i}`)],
      lifetimeSeconds: 60,
    });
    const started = performance.now();
    for (let i = 0; i < 50; i += 1) expect(await one.get(key, ['_N_T_/layout', '_N_T_/products'])).not.toBeNull();
    const perRead = (performance.now() - started) / 50;
    console.log(`shared cache read (24-card page, 27 tags, through the REST bridge): ${perRead.toFixed(2)} ms`);
    expect(perRead).toBeLessThan(250);
  });
});
