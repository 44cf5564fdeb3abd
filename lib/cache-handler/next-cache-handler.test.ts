import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { createCacheHandler, lifetimeOf, sharedCacheForNext } from './next-cache-handler.mjs';

/** Next's cacheHandler contract over the shared cache, with the values Next hands it. */
const prefix = `medinest-test:${randomUUID()}:next-cache:`;
const redis = new Redis('redis://127.0.0.1:6379');
let bridge: UpstashBridge;
let Handler: ReturnType<typeof createCacheHandler>;
let OtherInstance: ReturnType<typeof createCacheHandler>;

beforeAll(async () => {
  bridge = await startUpstashBridge();
  const shared = (buildId: string) => sharedCacheForNext({ url: bridge.url, token: bridge.token, prefix, buildId, timeoutMs: 5000, log: () => {} });
  const one = shared('b1');
  const two = shared('b1');
  Handler = createCacheHandler(() => one);
  OtherInstance = createCacheHandler(() => two);
});

afterAll(async () => {
  await bridge.stop();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const fetchValue = (body: string, tags: string[]) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, tags, revalidate: 3600 });

describe('Next cache handler on the shared cache', () => {
  it('serves an unstable_cache entry to another instance until one of its tags is revalidated there', async () => {
    const key = randomUUID();
    const tags = ['catalog', `product:${randomUUID()}`];
    const ctx = { kind: 'FETCH', tags, softTags: ['_N_T_/layout'], revalidate: 3600 };
    const writer = new Handler({});
    expect(await writer.get(key, ctx)).toBeNull();
    await writer.set(key, fetchValue('{"pricePaisa":12000}', tags), { tags, revalidate: 3600 });

    const reader = new OtherInstance({});
    const hit = await reader.get(key, ctx);
    expect(hit?.value).toEqual(fetchValue('{"pricePaisa":12000}', tags));
    expect(Date.now() - hit!.lastModified).toBeLessThan(5000);

    await reader.revalidateTag(tags[1]!);
    expect(await new Handler({}).get(key, ctx)).toBeNull();
  });

  it('stores a page with its binary payloads and expires it by the tags in its headers', async () => {
    const key = `/products/${randomUUID()}`;
    const tag = `product-slug:${randomUUID()}`;
    const page = {
      kind: 'APP_PAGE',
      html: '<html>Rs. 120</html>',
      rscData: Buffer.from('rsc'),
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
      headers: { 'x-next-cache-tags': `catalog,${tag}` },
      postponed: undefined,
      status: 200,
    };
    await new Handler({}).set(key, page, { cacheControl: { revalidate: 60, expire: 300 } });
    const hit = await new OtherInstance({}).get(key, { kind: 'APP_PAGE' });
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 300 });
    const value = hit?.value as typeof page;
    expect(value.rscData.toString()).toBe('rsc');
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree');
    await new Handler({}).revalidateTag([tag]);
    expect(await new OtherInstance({}).get(key, { kind: 'APP_PAGE' })).toBeNull();
  });

  it('keeps a data entry until its revalidate time and a page until its expire time, within a day', () => {
    expect(lifetimeOf(fetchValue('x', []), { revalidate: 3600 })).toBe(3600);
    expect(lifetimeOf(fetchValue('x', []), { revalidate: false })).toBe(86_400);
    expect(lifetimeOf(fetchValue('x', []), { revalidate: 0 })).toBe(0);
    expect(lifetimeOf({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: 60, expire: 600 } })).toBe(600);
    expect(lifetimeOf({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: false } })).toBe(86_400);
    expect(lifetimeOf({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: 60, expire: 10 ** 9 } })).toBe(86_400);
  });
});
