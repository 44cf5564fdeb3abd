import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/security/inline-script-hashes.mjs';
import InProcessHandler, { addHashedScriptPolicy, withHashedScriptPolicy } from './handler.mjs';

const page = (html: string, headers: Record<string, unknown> = { 'x-next-cache-tags': 'catalog' }) => ({ kind: 'APP_PAGE', html, headers, status: 200 });

/** A stand-in for the wrapped handler: stores what it is given, as Next's handlers do. */
class Store {
  entries = new Map<string, { value: unknown }>();
  async get(key: string) {
    return this.entries.get(key) ?? null;
  }
  async set(key: string, value: unknown) {
    this.entries.set(key, { value });
  }
}

describe('the cache handler’s script policy', () => {
  it('adds the hashes of a page’s inline scripts to the entry Next is about to send', async () => {
    const Handler = withHashedScriptPolicy(Store);
    const handler = new Handler();
    const value = page('<script>self.__next_f.push([1])</script><script src="/_next/a.js"></script>');
    await handler.set('/cached/product/a', value, {});
    // The same object Next sends for the first (MISS) response.
    const [pagePolicy, scriptPolicy] = value.headers['content-security-policy'] as unknown as string[];
    // The page policy, for the product page sent without a proxy run: no frames, no plugins, forms to this site.
    expect(pagePolicy).toContain("frame-ancestors 'none'");
    expect(pagePolicy).toContain("object-src 'none'");
    expect(pagePolicy).toMatch(/form-action 'self';/);
    expect(scriptPolicy).toBe(`script-src 'self' ${inlineScriptHashes(value.html)[0]}`);
    expect(value.headers['x-next-cache-tags']).toBe('catalog');
    const stored = await handler.get('/cached/product/a');
    expect((stored?.value as typeof value).headers['content-security-policy']).toEqual(value.headers['content-security-policy']);
  });

  it('gives an entry stored without one (prerendered at build) its policy when read', async () => {
    const Handler = withHashedScriptPolicy(Store);
    const handler = new Handler();
    handler.entries.set('/old', { value: page('<script>a()</script>', {}) });
    // Stored before the page policy went with the hashes: both are added when read.
    handler.entries.set('/older', { value: page('<script>a()</script>', { 'content-security-policy': "script-src 'self'" }) });
    for (const key of ['/old', '/older']) {
      const policies = ((await handler.get(key))?.value as { headers: Record<string, string[]> }).headers['content-security-policy']!;
      expect(policies[0], key).toContain("default-src 'self'");
      expect(policies[1], key).toMatch(/^script-src 'self' 'sha256-/);
    }
  });

  it('leaves data entries, routes and redirects alone', () => {
    const fetchEntry = { kind: 'FETCH', data: { body: '<script>x</script>' }, headers: {} as Record<string, unknown> };
    addHashedScriptPolicy(fetchEntry);
    expect(fetchEntry.headers['content-security-policy']).toBeUndefined();
    addHashedScriptPolicy(null);
    addHashedScriptPolicy(undefined);
  });

  it('keeps a catalog’s few hundred product pages in memory, not Next’s default 50 MB', async () => {
    // The disk holds only pages prerendered at build; none here.
    const noFile = async () => {
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    };
    const handler = new InProcessHandler({ fs: { existsSync: () => false, readFile: noFile, stat: noFile }, serverDistDir: '/nowhere', revalidatedTags: [] });
    // The size of a product page's entry at 100 000 products: HTML, RSC payload and per-segment payloads.
    const productPage = (i: number) => ({
      ...page(`<p>${i}</p>`.padEnd(70_000, ' ')),
      rscData: Buffer.alloc(40_000),
      segmentData: new Map([['/_tree', Buffer.alloc(40_000)], ['/_full', Buffer.alloc(40_000)]]),
    });
    const keys = Array.from({ length: 600 }, (_, i) => `/en/cached/product/p-${i}`);
    for (const [i, key] of keys.entries()) await handler.set(key, productPage(i), { cacheControl: { revalidate: 3600, expire: 86_400 } });
    // Read in the order they were stored, the order that defeats an LRU one page too small.
    let kept = 0;
    for (const key of keys) if (await handler.get(key, { kind: 'APP_PAGE' })) kept += 1;
    expect(kept).toBe(keys.length);
  });

  it('is Next’s in-process cache when no Redis is configured', () => {
    expect(process.env.UPSTASH_REDIS_REST_URL ?? '').toBe('');
    expect(Object.getPrototypeOf(InProcessHandler).name).toBe('InProcessCache');
  });
});
