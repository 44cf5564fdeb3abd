import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { db } from '@/db/client';
import { categories, products } from '@/db/schema';
import { CATALOG_TAG, FACETS_TAG, PRODUCT_PAGES_TAG } from './cache-tags';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export type SitemapEntries = { products: { slug: string; updatedAt: string }[]; categories: string[] };

/**
 * What crawlers should find: every active product and every category. Cached under the tags a
 * product's change of details expires (activation included), for an hour at most otherwise.
 */
export const sitemapEntries = unstable_cache(
  async (): Promise<SitemapEntries> => {
    const [productRows, categoryRows] = await Promise.all([
      db.select({ slug: products.slug, updatedAt: products.updatedAt }).from(products).where(eq(products.active, true)).orderBy(asc(products.slug)).limit(SITEMAP_LIMIT - 100),
      db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.sortOrder)),
    ]);
    return { products: productRows.map((p) => ({ slug: p.slug, updatedAt: p.updatedAt.toISOString() })), categories: categoryRows.map((c) => c.slug) };
  },
  ['catalog:sitemap'],
  { tags: [CATALOG_TAG, PRODUCT_PAGES_TAG, FACETS_TAG], revalidate: 3600 },
);
