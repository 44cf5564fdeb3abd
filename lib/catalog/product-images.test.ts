import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { CATALOG_PRODUCTS } from '@/db/seed/catalog-data';
import { GET } from '@/app/api/product-images/public/[key]/route';
import { packPicture } from './pack-picture';
import sharp from 'sharp';
import { readPublicProductImage, savePublicProductImage } from './product-images';
import { publicProductImage } from './public-image';

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

  it('serves a stored WebP photo as it was stored, with the same caching, and stores equal bytes once', async () => {
    const webp = await sharp({ create: { width: 40, height: 30, channels: 3, background: `#${Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0')}` } }).webp().toBuffer();
    const image = publicProductImage(webp, 'image/webp');
    expect(image.url).toBe(`/api/product-images/public/${image.key}`);
    expect(image.key).toMatch(/^[0-9a-f]{64}\.webp$/);
    await savePublicProductImage(image);
    await savePublicProductImage(image);
    const response = await get(image.key);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(webp)).toBe(true);
    // The same hash with the other extension is another key, never these bytes under another type.
    expect((await get(image.key.replace('.webp', '.svg'))).status).toBe(404);
  });

  it('answers 404 for an unknown or malformed key, never reading anything else', async () => {
    expect((await get(`${'0'.repeat(64)}.svg`)).status).toBe(404);
    for (const key of ['../../etc/passwd', `${'A'.repeat(64)}.svg`, `${'0'.repeat(64)}.svg.js`, `${'0'.repeat(64)}.png`, '']) {
      expect(await readPublicProductImage(key, db), key).toBeNull();
    }
  });
});
