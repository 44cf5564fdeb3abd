import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { categories, type UserRole } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { revalidateCatalog } from '@/lib/catalog/cache';
import { CategoryNotFoundError, DuplicateCategorySlugError } from '../errors';
import type { CategoryFields, CategoryUpdate, NewCategory } from './schema';

export type CategoryActor = { id: string; role: UserRole };

const FIELDS: readonly (keyof CategoryFields)[] = ['name', 'nameNe', 'description', 'descriptionNe', 'sortOrder'];
// An empty Nepali text and none mean the same (pages show the English), so one is no change from the other.
const same = (a: string | number | null, b: string | number | null) => (a ?? '') === (b ?? '');

/*
 * Categories name and describe every catalog page (the menu, the filters, each listing's heading),
 * so a change expires the whole catalog, on every instance, once the transaction has committed.
 */

export async function createCategory(input: NewCategory, actor: CategoryActor, database: Database = db): Promise<{ id: number; slug: string }> {
  let created: { id: number; slug: string };
  try {
    created = await database.transaction(async (tx) => {
      const [row] = await tx.insert(categories).values(input).returning({ id: categories.id, slug: categories.slug });
      await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'category.created', entityType: 'category', entityId: String(row!.id), details: { ...input } });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'categories_slug_unique')) throw new DuplicateCategorySlugError();
    throw error;
  }
  revalidateCatalog();
  return created;
}

/** Saves the fields that differ and audits each one's old and new value; the slug never changes here. */
export async function updateCategory(input: CategoryUpdate, actor: CategoryActor, database: Database = db): Promise<{ id: number; changed: (keyof CategoryFields)[] }> {
  const { categoryId, ...fields } = input;
  const changed = await database.transaction(async (tx) => {
    const [before] = await tx.select().from(categories).where(eq(categories.id, categoryId)).for('update');
    if (!before) throw new CategoryNotFoundError();
    const differing = FIELDS.filter((k) => !same(before[k], fields[k]));
    if (differing.length === 0) return differing;
    await tx.update(categories).set(fields).where(eq(categories.id, categoryId));
    await recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: 'category.updated',
      entityType: 'category',
      entityId: String(categoryId),
      details: { changed: differing, ...Object.fromEntries(differing.map((k) => [k, { from: before[k], to: fields[k] }])) },
    });
    return differing;
  });
  if (changed.length > 0) revalidateCatalog();
  return { id: categoryId, changed };
}
