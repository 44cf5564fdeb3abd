import { sql } from 'drizzle-orm';
import type { SeedCategory } from './catalog/types';
import type { SeedProduct } from './catalog-data';
import type { SeedTransaction } from './write';

/**
 * A database seeded before the Nepali columns existed (migrations 0025, 0026) shows English on Nepali
 * pages. The seed never reseeds a catalog, so on such a database it fills in the seed's Nepali text,
 * and only where it still fits: the row keeps the seed's English word for word and has no Nepali of
 * its own. Text an admin wrote, in either language, is never overwritten.
 */
export async function fillMissingNepali(tx: SeedTransaction, categories: readonly SeedCategory[], products: readonly SeedProduct[]): Promise<{ categories: number; products: number }> {
  const categoryRows = categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description, name_ne: c.nameNe, description_ne: c.descriptionNe }));
  const filledCategories = await tx.execute(sql`
    update categories c
       set name_ne = case when coalesce(c.name_ne, '') = '' and c.name = v.name then v.name_ne else c.name_ne end,
           description_ne = case when coalesce(c.description_ne, '') = '' and c.description = v.description then v.description_ne else c.description_ne end
      from jsonb_to_recordset(${JSON.stringify(categoryRows)}::jsonb) as v(slug text, name text, description text, name_ne text, description_ne text)
     where c.slug = v.slug
       and ((coalesce(c.name_ne, '') = '' and c.name = v.name) or (coalesce(c.description_ne, '') = '' and c.description = v.description))
     returning c.id`);

  const productRows = products
    .filter((p) => p.descriptionNe || p.usageNe || p.warningsNe)
    .map((p) => ({ slug: p.slug, description: p.description, usage: p.usage, warnings: p.warnings, description_ne: p.descriptionNe, usage_ne: p.usageNe, warnings_ne: p.warningsNe }));
  // The leaflet is one text in three parts: filled only whole, where none of it is in Nepali yet.
  const filledProducts = await tx.execute(sql`
    update products p
       set description_ne = v.description_ne, usage_ne = v.usage_ne, warnings_ne = v.warnings_ne
      from jsonb_to_recordset(${JSON.stringify(productRows)}::jsonb) as v(slug text, description text, usage text, warnings text, description_ne text, usage_ne text, warnings_ne text)
     where p.slug = v.slug
       and coalesce(p.description_ne, '') = '' and coalesce(p.usage_ne, '') = '' and coalesce(p.warnings_ne, '') = ''
       and p.description = v.description and p.usage = v.usage and p.warnings = v.warnings
     returning p.id`);
  return { categories: rowCount(filledCategories), products: rowCount(filledProducts) };
}

function rowCount(result: unknown): number {
  return Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0);
}
