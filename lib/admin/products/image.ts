import 'server-only';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError } from '@/lib/errors';
import { revalidateProduct } from '@/lib/catalog/cache';
import { savePublicProductImage } from '@/lib/catalog/product-images';
import { MAX_PUBLIC_PRODUCT_IMAGE_BYTES, publicProductImage } from '@/lib/catalog/public-image';
import { sniffType } from '@/lib/prescriptions/file-check';
import { ProductNotFoundError } from '../errors';
import type { ProductActor } from './write';

export const MAX_PRODUCT_IMAGE_BYTES = 5 * 1024 * 1024;

export const productImageSchema = z.object({
  productId: z.coerce.number().int().positive(),
  image: z.instanceof(File, { error: 'Choose an image' }).refine((f) => f.size > 0, 'Choose an image').refine((f) => f.size <= MAX_PRODUCT_IMAGE_BYTES, 'The image must be 5 MB or smaller'),
});

class ImageRefusedError extends DomainError {
  constructor(message: string) {
    super('Please correct the highlighted fields', { image: [message] });
  }
}

/** The photo as the shop shows it: WebP, at most 800 px, turned upright, with no metadata (EXIF, GPS) kept. */
async function reencode(bytes: Buffer): Promise<Buffer> {
  const type = sniffType(bytes);
  if (type !== 'image/jpeg' && type !== 'image/png' && type !== 'image/webp') throw new ImageRefusedError('Upload a JPEG, PNG or WebP photo.');
  let webp: Buffer;
  try {
    webp = await sharp(bytes, { limitInputPixels: 40_000_000, failOn: 'warning' }).rotate().resize(800, 800, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
  } catch {
    throw new ImageRefusedError('The image could not be read; it may be damaged.');
  }
  // 800 px of pure noise is about 450 KB at this quality, so this only guards the table's limit.
  if (webp.length > MAX_PUBLIC_PRODUCT_IMAGE_BYTES) throw new ImageRefusedError('The image has too much fine detail; try a plainer photo.');
  return webp;
}

/**
 * A product photo from /admin/products. It is public like the catalog, so it is stored as the
 * drawn packs are (lib/catalog/public-image.ts): plainly, under its hash, served without decryption
 * and cached for good. Replacing it points the product at the new picture; the old row stays, as
 * other products or cached pages may still show it, and a row's bytes never change.
 */
export async function setProductImage(raw: unknown, actor: ProductActor, database: Database = db): Promise<{ imageUrl: string }> {
  const input = productImageSchema.parse(raw);
  const image = publicProductImage(await reencode(Buffer.from(await input.image.arrayBuffer())), 'image/webp');
  const updated = await database.transaction(async (tx) => {
    const [row] = await tx.update(products).set({ imageUrl: image.url, updatedAt: sql`now()` }).where(eq(products.id, input.productId)).returning({ id: products.id });
    if (!row) return false;
    await savePublicProductImage(image, tx);
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'product.image_changed', entityType: 'product', entityId: String(input.productId), details: { imageUrl: image.url } });
    return true;
  });
  if (!updated) throw new ProductNotFoundError();
  await revalidateProduct(input.productId, 'details');
  return { imageUrl: image.url };
}
