import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const categories = pgTable('categories', {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(''),
  sortOrder: integer().notNull().default(0),
});

export const products = pgTable(
  'products',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    brandName: text().notNull(),
    genericName: text().notNull(),
    strength: text().notNull().default(''),
    dosageForm: text().notNull(),
    packSize: text().notNull(),
    manufacturer: text().notNull(),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    pricePaisa: integer().notNull(),
    mrpPaisa: integer().notNull(),
    requiresPrescription: boolean().notNull().default(false),
    description: text().notNull().default(''),
    usage: text().notNull().default(''),
    warnings: text().notNull().default(''),
    imageUrl: text(),
    active: boolean().notNull().default(true),
    reorderLevel: integer().notNull().default(10),
    maxPerOrder: integer().notNull().default(10),
    // Extra words for full-text search (the category name, common synonyms); kept by lib/catalog.
    searchKeywords: text().notNull().default(''),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(brand_name, '')), 'A') || setweight(to_tsvector('simple', coalesce(generic_name, '')), 'B') || setweight(to_tsvector('simple', coalesce(manufacturer, '') || ' ' || coalesce(search_keywords, '')), 'C')`,
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_slug_unique').on(t.slug),
    index('products_category_idx').on(t.categoryId),
    index('products_generic_strength_idx').on(t.genericName, t.strength),
    index('products_search_vector_idx').using('gin', t.searchVector),
    index('products_brand_trgm_idx').using('gin', sql`lower(${t.brandName}) gin_trgm_ops`),
    index('products_generic_trgm_idx').using('gin', sql`lower(${t.genericName}) gin_trgm_ops`),
    check('products_price_positive', sql`${t.pricePaisa} > 0`),
    check('products_mrp_not_below_price', sql`${t.mrpPaisa} >= ${t.pricePaisa}`),
    check('products_reorder_level_non_negative', sql`${t.reorderLevel} >= 0`),
    check('products_max_per_order_positive', sql`${t.maxPerOrder} > 0`),
  ],
);
