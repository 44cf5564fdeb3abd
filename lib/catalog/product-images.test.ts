import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { CATALOG_PRODUCTS } from '@/db/seed/catalog-data';
import { GET } from '@/app/api/product-images/public/[key]/route';
import { packPicture } from './pack-picture';
import { readPublicProductImage } from './product-images';

const get = (key: string) => GET(new Request(`http://localhost/api/product-images/public/${key}`), { params: Promise.resolve({ key }) });

describe('public product pictures', () => {
  it('serves a seeded pack as a public, immutable, sandboxed SVG', async () => {
    const { key, bytes } = packPicture(CATALOG_PRODUCTS[0]!);
    const response = await get(key);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers 404 for an unknown or malformed key, never reading anything else', async () => {
    expect((await get(`${'0'.repeat(64)}.svg`)).status).toBe(404);
    for (const key of ['../../etc/passwd', `${'A'.repeat(64)}.svg`, `${'0'.repeat(64)}.svg.js`, `${'0'.repeat(64)}.png`, '']) {
      expect(await readPublicProductImage(key, db), key).toBeNull();
    }
  });
});
