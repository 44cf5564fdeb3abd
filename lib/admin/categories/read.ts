import 'server-only';
import { asc, eq, sql, type AnyColumn } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { categories } from '@/db/schema';

export type AdminCategoryRow = {
  id: number;
  slug: string;
  name: string;
  nameNe: string | null;
  sortOrder: number;
  activeProducts: number;
  totalProducts: number;
  /** The Nepali name or description is empty, so Nepali pages show the English there. */
  missingNepali: boolean;
};

const blank = (column: AnyColumn) => sql<boolean>`coalesce(btrim(${column}), '') = ''`;

/** Every category in the shop's order, with its product counts; the shop has a few dozen at most, so no pages. */
export async function listCategoriesForAdmin(database: Database = db): Promise<AdminCategoryRow[]> {
  return database
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      nameNe: categories.nameNe,
      sortOrder: categories.sortOrder,
      activeProducts: sql<number>`(select count(*)::int from products p where p.category_id = "categories"."id" and p.active)`,
      totalProducts: sql<number>`(select count(*)::int from products p where p.category_id = "categories"."id")`,
      missingNepali: sql<boolean>`(${blank(categories.nameNe)} or ${blank(categories.descriptionNe)})`,
    })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name), asc(categories.id));
}

/** The editable fields of one category. */
export async function categoryForEdit(categoryId: number, database: Database = db) {
  const [row] = await database
    .select({ id: categories.id, slug: categories.slug, name: categories.name, nameNe: categories.nameNe, description: categories.description, descriptionNe: categories.descriptionNe, sortOrder: categories.sortOrder })
    .from(categories)
    .where(eq(categories.id, categoryId));
  return row ?? null;
}
export type EditableCategory = NonNullable<Awaited<ReturnType<typeof categoryForEdit>>>;
