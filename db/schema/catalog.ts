import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const categories = pgTable('categories', {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  // The Nepali name shown on Nepali pages; null (or empty) falls back to the English name.
  nameNe: text(),
  description: text().notNull().default(''),
  // The description on Nepali pages; null (or empty) falls back to the English description.
  descriptionNe: text(),
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
    // A controlled medicine (issue 20): the prescriber's NMC number is recorded at review and every
    // dispatch is written to the controlled-medicine register (lib/controlled).
    controlled: boolean().notNull().default(false),
    description: text().notNull().default(''),
    usage: text().notNull().default(''),
    warnings: text().notNull().default(''),
    // The leaflet in Nepali for Nepali pages; null (or empty) falls back to the English above.
    descriptionNe: text(),
    usageNe: text(),
    warningsNe: text(),
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
    check('products_controlled_needs_prescription', sql`not ${t.controlled} or ${t.requiresPrescription}`),
  ],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Public product pictures (the seed's drawn packs, admins' uploaded photos), stored plainly because anyone may see them,
 * under the SHA-256 of their bytes: a key is never reused for other bytes, so they are cached for
 * good. Prescriptions and other private files live in lib/storage, encrypted, never here.
 */
export const productImages = pgTable(
  'product_images',
  {
    key: text().primaryKey(),
    contentType: text().notNull(),
    bytes: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('product_images_key_format', sql`${t.key} ~ '^[0-9a-f]{64}\\.(svg|webp)$'`),
    check('product_images_content_type', sql`${t.contentType} in ('image/svg+xml', 'image/webp')`),
    check('product_images_size', sql`octet_length(${t.bytes}) <= 1048576`),
  ],
);

/**
 * Medicines never sold online, whatever the product (lib/catalog/regulated.ts): Nepal keeps reserve
 * antibiotics for hospitals. Matched against products' generic names as whole words; admins edit
 * the list. The first rows come with the migration that made the table.
 */
export const regulatedMedicines = pgTable('regulated_medicines', {
  id: serial().primaryKey(),
  // Lower case letters, digits, spaces and hyphens (the admin form enforces it), so it is a safe word pattern.
  genericName: text().notNull().unique(),
  reason: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
