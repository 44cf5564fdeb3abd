import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { products, type UserRole } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { revalidateProduct } from '@/lib/catalog/cache';
import { DuplicateSlugError, ProductNotFoundError } from '../errors';
import { reorderLevelSchema, type ProductFields } from './schema';

export type ProductActor = { id: string; role: UserRole };

/** Fields whose change is written to the audit log with before and after. */
const AUDITED: readonly (keyof ProductFields)[] = ['pricePaisa', 'mrpPaisa', 'requiresPrescription', 'controlled', 'active', 'reorderLevel', 'maxPerOrder'];

// Takes input already parsed by createProductSchema (prices are paisa by then): parsing twice
// would turn rupees into paisa twice.
export async function createProduct(input: ProductFields, actor: ProductActor, database: Database = db): Promise<{ id: number; slug: string }> {
  const created = await insertOrExplain(() =>
    database.transaction(async (tx) => {
      const [row] = await tx.insert(products).values(input).returning({ id: products.id, slug: products.slug });
      await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'product.created', entityType: 'product', entityId: String(row!.id), details: { slug: row!.slug, pricePaisa: input.pricePaisa, mrpPaisa: input.mrpPaisa } });
      return row!;
    }),
  );
  await revalidateProduct(created.id, 'details');
  return created;
}

/**
 * Saves every field. Price, MRP, prescription status and the other fields in AUDITED are written
 * to the audit log with their old and new values, in the same transaction.
 */
export async function updateProduct(input: ProductFields & { productId: number }, actor: ProductActor, database: Database = db): Promise<{ id: number; slug: string; changed: string[] }> {
  const { productId, ...fields } = input;
  const result = await insertOrExplain(() =>
    database.transaction(async (tx) => {
      const [before] = await tx.select().from(products).where(eq(products.id, productId)).for('update');
      if (!before) throw new ProductNotFoundError();
      const changed = (Object.keys(fields) as (keyof ProductFields)[]).filter((k) => before[k] !== fields[k]);
      if (changed.length === 0) return { id: productId, slug: before.slug, changed, oldRef: before };
      await tx.update(products).set({ ...fields, updatedAt: sql`now()` }).where(eq(products.id, productId));
      const audited = changed.filter((k) => AUDITED.includes(k));
      await recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: changed.includes('pricePaisa') || changed.includes('mrpPaisa') ? 'product.price_changed' : 'product.updated',
        entityType: 'product',
        entityId: String(productId),
        details: { changed, ...Object.fromEntries(audited.map((k) => [k, { from: before[k], to: fields[k] }])) },
      });
      return { id: productId, slug: fields.slug, changed, oldRef: before };
    }),
  );
  if (result.changed.length > 0) {
    // The old slug and alternatives group show the product too until they are expired.
    await revalidateProduct({ id: result.oldRef.id, slug: result.oldRef.slug, genericName: result.oldRef.genericName, strength: result.oldRef.strength }, 'details');
    await revalidateProduct(productId, 'details');
  }
  return { id: result.id, slug: result.slug, changed: result.changed };
}

export async function setProductActive(input: { productId: number; active: boolean }, actor: ProductActor, database: Database = db): Promise<void> {
  await database.transaction(async (tx) => {
    const [row] = await tx.update(products).set({ active: input.active, updatedAt: sql`now()` }).where(eq(products.id, input.productId)).returning({ id: products.id });
    if (!row) throw new ProductNotFoundError();
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: input.active ? 'product.activated' : 'product.deactivated', entityType: 'product', entityId: String(input.productId) });
  });
  await revalidateProduct(input.productId, 'details');
}

export async function setReorderLevel(raw: unknown, actor: ProductActor, database: Database = db): Promise<void> {
  const input = reorderLevelSchema.parse(raw);
  await database.transaction(async (tx) => {
    const [before] = await tx.select({ reorderLevel: products.reorderLevel }).from(products).where(eq(products.id, input.productId)).for('update');
    if (!before) throw new ProductNotFoundError();
    await tx.update(products).set({ reorderLevel: input.reorderLevel, updatedAt: sql`now()` }).where(eq(products.id, input.productId));
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'product.updated', entityType: 'product', entityId: String(input.productId), details: { changed: ['reorderLevel'], reorderLevel: { from: before.reorderLevel, to: input.reorderLevel } } });
  });
}

async function insertOrExplain<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateSlugError();
    throw error;
  }
}
