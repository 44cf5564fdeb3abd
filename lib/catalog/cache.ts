import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { revalidateTag } from 'next/cache';
import { db, type Database } from '@/db/client';
import { products } from '@/db/schema';
import { CATALOG_TAG, tagsForProductChange, type ProductChange, type ProductRef } from './cache-tags';

/**
 * Call these after a write commits. Stale prices or stock must not be served, so tags expire
 * at once (`expire: 0`) rather than with the stale-while-revalidate `max` profile.
 */
const EXPIRE_NOW = { expire: 0 } as const;

async function resolveProduct(ref: number | string | ProductRef): Promise<ProductRef | null> {
  if (typeof ref === 'object') return ref;
  const [row] = await db
    .select({ id: products.id, slug: products.slug, genericName: products.genericName, strength: products.strength })
    .from(products)
    .where(typeof ref === 'number' ? eq(products.id, ref) : eq(products.slug, ref))
    .limit(1);
  return row ?? null;
}

/**
 * Expires exactly what shows the product: pass its id or slug (or the full ref to skip the
 * lookup) and what changed. `details` (name, generic, category, active, slug…) is the default
 * and the widest. Returns the tags expired, for logging.
 */
export async function revalidateProduct(ref: number | string | ProductRef, change: ProductChange = 'details'): Promise<string[]> {
  const product = await resolveProduct(ref);
  // An unknown product is shown nowhere except perhaps in listings built before it vanished.
  const tags = product ? tagsForProductChange(product, change) : [CATALOG_TAG];
  for (const tag of tags) revalidateTag(tag, EXPIRE_NOW);
  return tags;
}

/** revalidateProduct for several products at once: one lookup (in `database`), each tag expired once. */
export async function revalidateProducts(ids: readonly number[], change: ProductChange, database: Database = db): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await database
    .select({ id: products.id, slug: products.slug, genericName: products.genericName, strength: products.strength })
    .from(products)
    .where(inArray(products.id, unique));
  const tags = new Set(found.flatMap((product) => tagsForProductChange(product, change)));
  if (found.length < unique.length) tags.add(CATALOG_TAG);
  for (const tag of tags) revalidateTag(tag, EXPIRE_NOW);
  return [...tags];
}

/** Expires every catalog read: after a bulk import or a category change. */
export function revalidateCatalog(): string[] {
  revalidateTag(CATALOG_TAG, EXPIRE_NOW);
  return [CATALOG_TAG];
}
