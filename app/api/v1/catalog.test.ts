import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1' }));
// The cached reads run uncached: the data cache belongs to the Next server.
vi.mock('next/cache', () => ({ unstable_cache: (fn: () => Promise<unknown>) => fn, revalidateTag: () => {} }));

const { call } = await import('@/test-support/api-client');
const { uniqueIp } = await import('@/test-support/auth');
const { productPageSchema, productDetailSchema, alternativesSchema } = await import('@/lib/api/contract/schemas');
const { PAGE_SIZE } = await import('@/lib/catalog/listing-params');
const { createCategory, createProduct } = await import('@/test-support/factories/products');

const list = (query: Record<string, string>, headers: Record<string, string> = {}) => call('GET', '/products', {}, { query, headers, ip: uniqueIp() });

describe('GET /api/v1/products', () => {
  it('searches with the shop\'s typo tolerance', async () => {
    const response = await list({ q: 'amoxicilin' });
    expect(response.status).toBe(200);
    const page = productPageSchema.parse(await response.json());
    expect(page.mode).toBe('typo');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => /amoxicillin/i.test(p.genericName))).toBe(true);
  });

  it('pages through a whole listing with cursors, no product twice', async () => {
    // A category of this test's own: other test files add products while it pages, and the cursor
    // is a page number, so a listing they can add to would shift under it.
    const category = await createCategory();
    const mine = await Promise.all(Array.from({ length: PAGE_SIZE + 6 }, () => createProduct({ categoryId: category.id })));
    const seen = new Set<number>();
    let cursor: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const page = productPageSchema.parse(await (await list({ category: category.slug, ...(cursor ? { cursor } : {}) })).json());
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      total = page.total;
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    expect(pages).toBe(2);
    expect(seen.size).toBe(total);
    expect([...seen].sort()).toEqual(mine.map((p) => p.id).sort());
  });

  it('refuses a garbage cursor, a cursor of another search and a bad filter with 400', async () => {
    const first = productPageSchema.parse(await (await list({})).json());
    expect(first.nextCursor).not.toBeNull();
    expect((await list({ cursor: first.nextCursor!, q: 'paracetamol' })).status).toBe(400);
    expect((await list({ cursor: 'not base64 !' })).status).toBe(400);
    expect((await list({ cursor: Buffer.from('{"p":-1,"f":"x"}').toString('base64url') })).status).toBe(400);
    expect((await list({ sort: 'random' })).status).toBe(400);
    expect((await list({ q: 'x'.repeat(201) })).status).toBe(400);
  });

  it('answers with an ETag and 304 for a matching If-None-Match', async () => {
    const first = await list({ q: 'paracetamol' });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await list({ q: 'paracetamol' }, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await list({ q: 'paracetamol' }, { 'if-none-match': '"stale"' })).status).toBe(200);
    expect((await list({ q: 'ibuprofen' }, { 'if-none-match': etag! })).status).toBe(200);
  });
});

describe('GET /api/v1/products/{slug} and alternatives', () => {
  it('shows a product and its alternatives with ETags; unknown or malformed slugs are 404', async () => {
    const page = productPageSchema.parse(await (await list({ q: 'paracetamol' })).json());
    const slug = page.items[0]!.slug;
    const detail = await call('GET', '/products/{slug}', { slug });
    expect(detail.status).toBe(200);
    const product = productDetailSchema.parse(await detail.json());
    expect(product.slug).toBe(slug);
    const etag = detail.headers.get('etag')!;
    expect((await call('GET', '/products/{slug}', { slug }, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304);
    const alternatives = await call('GET', '/products/{slug}/alternatives', { slug });
    expect(alternatives.status).toBe(200);
    const { items } = alternativesSchema.parse(await alternatives.json());
    expect(items.every((a) => a.genericName === product.genericName && a.strength === product.strength && a.slug !== slug)).toBe(true);
    for (const bad of ['no-such-product-xyz', '../etc/passwd', 'UPPER CASE']) {
      expect((await call('GET', '/products/{slug}', { slug: bad })).status).toBe(404);
      expect((await call('GET', '/products/{slug}/alternatives', { slug: bad })).status).toBe(404);
    }
  });
});
