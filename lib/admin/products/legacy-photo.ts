import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { auditLog, products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { revalidateProducts } from '@/lib/catalog/cache';
import { readPublicProductImage, savePublicProductImage } from '@/lib/catalog/product-images';
import { publicProductImage, type PublicProductImage } from '@/lib/catalog/public-image';
import { sniffType } from '@/lib/prescriptions/file-check';
import { fileStore, isStorageKind } from '@/lib/storage';

/** Where photos uploaded before they became public files were served (app/api/product-images/[kind]/[key]). */
const LEGACY_PATH = '/api/product-images';
const MOVED = 'product.image_moved';

/**
 * Photos uploaded before photos became public files sit encrypted in lib/storage, and products
 * point at /api/product-images/<kind>/<key>. Rather than a migration (SQL cannot decrypt them, and
 * a deploy step would have to reach UploadThing), each moves on its first request: it is decrypted
 * once, stored in product_images like any public picture, the products that show it are pointed at
 * the new URL, and an audit row remembers the move. Later requests for the old URL (cached pages,
 * shared links) find the public copy through that row, with no decryption. Returns the public
 * copy, or null (404) for a key no product ever showed, so nothing else in storage (prescriptions)
 * is ever read through here. The encrypted original is left where it is: deleting it would gain
 * nothing the move needs, and a failed delete must not fail a picture.
 */
export async function publishLegacyProductPhoto(kind: string, key: string, database: Database = db): Promise<PublicProductImage | null> {
  if (!isStorageKind(kind) || !/^[\w.-]{1,200}$/.test(key) || !key.includes('.webp')) return null;
  const legacyUrl = `${LEGACY_PATH}/${kind}/${encodeURIComponent(key)}`;
  const moved = await movedTo(legacyUrl, database);
  if (moved) return readPublicProductImage(moved, database);
  const [shown] = await database.select({ id: products.id }).from(products).where(eq(products.imageUrl, legacyUrl)).limit(1);
  if (!shown) return null;
  let bytes: Buffer;
  try {
    bytes = await fileStore(kind).get(key);
  } catch {
    return null;
  }
  // Uploads were always re-encoded to WebP (lib/admin/products/image.ts); anything else is not one.
  if (sniffType(bytes) !== 'image/webp') return null;
  const image = publicProductImage(bytes, 'image/webp');
  const ids = await database.transaction(async (tx) => {
    await savePublicProductImage(image, tx);
    const rows = await tx.update(products).set({ imageUrl: image.url, updatedAt: sql`now()` }).where(eq(products.imageUrl, legacyUrl)).returning({ id: products.id });
    await recordAudit(tx, { actorId: null, actorRole: null, action: MOVED, entityType: 'product_image', entityId: image.key, details: { from: legacyUrl, to: image.url, products: rows.map((r) => r.id) } });
    return rows.map((r) => r.id);
  });
  await revalidateProducts(ids, 'details', database);
  return image;
}

/** The key of the public copy of a photo already moved. */
async function movedTo(legacyUrl: string, database: Database): Promise<string | null> {
  const [row] = await database
    .select({ to: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.action, MOVED), sql`${auditLog.details} ->> 'from' = ${legacyUrl}`))
    .limit(1);
  return row?.to ?? null;
}
