import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { productImages } from '@/db/schema';
import type { PublicProductImage } from './public-image';

const KEY = /^[0-9a-f]{64}\.(svg|webp)$/;

/** A public product picture by its key, or null for a key that is malformed or unknown. */
export async function readPublicProductImage(key: string, database: Database = db): Promise<PublicProductImage | null> {
  if (!KEY.test(key)) return null;
  const [row] = await database
    .select({ key: productImages.key, contentType: productImages.contentType, bytes: productImages.bytes })
    .from(productImages)
    .where(eq(productImages.key, key))
    .limit(1);
  if (!row || (row.contentType !== 'image/svg+xml' && row.contentType !== 'image/webp')) return null;
  return { key: row.key, contentType: row.contentType, bytes: Buffer.from(row.bytes) };
}

/**
 * Stores a public picture (lib/catalog/public-image.ts gives its key). Equal bytes have the same
 * key, so a picture already stored is left as it is; rows are never changed once written.
 */
export async function savePublicProductImage(image: PublicProductImage, database: Database | Transaction = db): Promise<void> {
  await database.insert(productImages).values({ key: image.key, contentType: image.contentType, bytes: image.bytes }).onConflictDoNothing({ target: productImages.key });
}
