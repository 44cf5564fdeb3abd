/**
 * What a public product picture is, whoever made it (a drawn pack at seed time, a photo an admin
 * uploads): bytes stored plainly in product_images under their SHA-256, and one URL that serves
 * them (app/api/product-images/public/[key]). The key is the hash, so other bytes never appear
 * under it and browsers and CDNs may cache it for good. Pure, so the seed and tests use it too.
 */
import { createHash } from 'node:crypto';

/** Where public product pictures are served from (app/api/product-images/public/[key]). */
export const PUBLIC_PRODUCT_IMAGE_PATH = '/api/product-images/public';

/** The table's own limit (db/schema/catalog.ts, product_images_size). */
export const MAX_PUBLIC_PRODUCT_IMAGE_BYTES = 1024 * 1024;

export type PublicProductImageType = 'image/svg+xml' | 'image/webp';
export type PublicProductImage = { key: string; contentType: PublicProductImageType; bytes: Buffer };

const EXTENSIONS: Readonly<Record<PublicProductImageType, string>> = { 'image/svg+xml': 'svg', 'image/webp': 'webp' };

/** The picture as stored and the URL it is served at. */
export function publicProductImage(bytes: Buffer, contentType: PublicProductImageType): PublicProductImage & { url: string } {
  const key = `${createHash('sha256').update(bytes).digest('hex')}.${EXTENSIONS[contentType]}`;
  return { key, contentType, bytes, url: `${PUBLIC_PRODUCT_IMAGE_PATH}/${key}` };
}
