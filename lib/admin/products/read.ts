import 'server-only';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { categories, products } from '@/db/schema';
import { containsPattern } from '@/db/like';
import type { ProductSearch } from './schema';
import { pageWindow } from '@/lib/pagination';

export const PRODUCTS_PAGE_SIZE = 30;

export type AdminProductRow = { id: number; slug: string; brandName: string; genericName: string; strength: string; categoryName: string; categoryNameNe: string | null; pricePaisa: number; mrpPaisa: number; requiresPrescription: boolean; controlled: boolean; active: boolean; reorderLevel: number; onHand: number };

export async function searchProducts(search: ProductSearch, database: Database = db): Promise<{ rows: AdminProductRow[]; total: number; page: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (search.q) {
    const like = containsPattern(search.q);
    conditions.push(or(ilike(products.brandName, like), ilike(products.genericName, like), ilike(products.manufacturer, like), ilike(products.slug, like))!);
  }
  if (search.status !== 'all') conditions.push(eq(products.active, search.status === 'active'));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ n } = { n: 0 }] = await database.select({ n: sql<number>`count(*)::int` }).from(products).where(where);
  const { total, page, pageCount, limit, offset } = pageWindow(n, search.page, PRODUCTS_PAGE_SIZE);
  const rows = await database
    .select({
      id: products.id,
      slug: products.slug,
      brandName: products.brandName,
      genericName: products.genericName,
      strength: products.strength,
      categoryName: categories.name,
      categoryNameNe: categories.nameNe,
      pricePaisa: products.pricePaisa,
      mrpPaisa: products.mrpPaisa,
      requiresPrescription: products.requiresPrescription,
      controlled: products.controlled,
      active: products.active,
      reorderLevel: products.reorderLevel,
      onHand: sql<number>`(select coalesce(sum(b.quantity), 0)::int from inventory_batches b where b.product_id = "products"."id")`,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(where)
    .orderBy(asc(products.brandName), asc(products.id))
    .limit(limit)
    .offset(offset);
  return { rows: rows.map((r) => ({ ...r, onHand: Number(r.onHand) })), total, page, pageCount };
}


/** Every editable field of one product (the search vector is generated, so it is left out). */
export async function productForEdit(productId: number, database: Database = db) {
  const [row] = await database
    .select({
      id: products.id,
      slug: products.slug,
      brandName: products.brandName,
      genericName: products.genericName,
      strength: products.strength,
      dosageForm: products.dosageForm,
      packSize: products.packSize,
      manufacturer: products.manufacturer,
      categoryId: products.categoryId,
      pricePaisa: products.pricePaisa,
      mrpPaisa: products.mrpPaisa,
      requiresPrescription: products.requiresPrescription,
      controlled: products.controlled,
      description: products.description,
      usage: products.usage,
      warnings: products.warnings,
      descriptionNe: products.descriptionNe,
      usageNe: products.usageNe,
      warningsNe: products.warningsNe,
      imageUrl: products.imageUrl,
      active: products.active,
      reorderLevel: products.reorderLevel,
      maxPerOrder: products.maxPerOrder,
      searchKeywords: products.searchKeywords,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .where(eq(products.id, productId));
  return row ?? null;
}
export type EditableProduct = NonNullable<Awaited<ReturnType<typeof productForEdit>>>;

export type CategoryChoice = { id: number; name: string; nameNe: string | null };

/** The product form's categories; the form names them in the reader's language (lib/catalog/localized). */
export async function categoryChoices(database: Database = db): Promise<CategoryChoice[]> {
  return database.select({ id: categories.id, name: categories.name, nameNe: categories.nameNe }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name));
}
