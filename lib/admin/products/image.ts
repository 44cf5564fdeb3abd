import 'server-only';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError } from '@/lib/errors';
import { revalidateProduct } from '@/lib/catalog/cache';
import { sniffType } from '@/lib/prescriptions/file-check';
import { defaultFileStore, fileStore, isStorageKind } from '@/lib/storage';
import { ProductNotFoundError } from '../errors';
import type { ProductActor } from './write';

export const MAX_PRODUCT_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_PATH = '/api/product-images';

export const productImageSchema = z.object({
  productId: z.coerce.number().int().positive(),
  image: z.instanceof(File, { error: 'Choose an image' }).refine((f) => f.size > 0, 'Choose an image').refine((f) => f.size <= MAX_PRODUCT_IMAGE_BYTES, 'The image must be 5 MB or smaller'),
});

class ImageRefusedError extends DomainError {
  constructor(message: string) {
    super('Please correct the highlighted fields', { image: [message] });
  }
}

/**
 * Stores a product photo through lib/storage: the type is read from the bytes, the picture is
 * re-encoded to WebP at most 800 px (metadata dropped), and the product's imageUrl points at the
 * public image route with the generated key.
 */
export async function setProductImage(raw: unknown, actor: ProductActor, database: Database = db): Promise<{ imageUrl: string }> {
  const input = productImageSchema.parse(raw);
  const bytes = Buffer.from(await input.image.arrayBuffer());
  const type = sniffType(bytes);
  if (type !== 'image/jpeg' && type !== 'image/png' && type !== 'image/webp') throw new ImageRefusedError('Upload a JPEG, PNG or WebP photo.');
  let webp: Buffer;
  try {
    webp = await sharp(bytes, { limitInputPixels: 40_000_000, failOn: 'warning' }).rotate().resize(800, 800, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
  } catch {
    throw new ImageRefusedError('The image could not be read; it may be damaged.');
  }
  const store = defaultFileStore();
  const key = await store.put(webp, { contentType: 'image/webp', extension: 'webp' });
  const imageUrl = `${IMAGE_PATH}/${store.kind}/${encodeURIComponent(key)}`;
  const updated = await database.transaction(async (tx) => {
    const [row] = await tx.update(products).set({ imageUrl, updatedAt: sql`now()` }).where(eq(products.id, input.productId)).returning({ id: products.id });
    if (!row) return false;
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'product.image_changed', entityType: 'product', entityId: String(input.productId), details: { imageUrl } });
    return true;
  });
  if (!updated) {
    await store.delete(key);
    throw new ProductNotFoundError();
  }
  await revalidateProduct(input.productId, 'details');
  return { imageUrl };
}

/** The bytes behind a product image URL, or null when the key is not one of ours. */
export async function readProductImage(kind: string, key: string): Promise<Buffer | null> {
  if (!isStorageKind(kind) || !/^[\w.-]{1,200}$/.test(key) || !key.includes('.webp')) return null;
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.imageUrl, `${IMAGE_PATH}/${kind}/${encodeURIComponent(key)}`)).limit(1);
  // Only images a product points at are served, so nothing else in storage (prescriptions) ever is.
  if (!row) return null;
  try {
    return await fileStore(kind).get(key);
  } catch {
    return null;
  }
}
