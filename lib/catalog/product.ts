import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cardColumnsSql, toCard, type CardRow } from './cards';
import { savingFor } from './pack-size';
import type { Alternative, ProductCard, ProductDetail } from './types';

type DetailRow = CardRow & { description: string; usage: string; warnings: string; description_ne: string | null; usage_ne: string | null; warnings_ne: string | null; max_per_order: number; updated_at: Date | string };

/** An active product by slug, with everything its page shows; null for unknown or inactive. */
export async function findProductBySlug(db: Database, slug: string, today: string): Promise<ProductDetail | null> {
  const rows = (await db.execute(sql`select ${cardColumnsSql(today)}, p.description, p.usage, p.warnings, p.description_ne, p.usage_ne, p.warnings_ne, p.max_per_order, p.updated_at
    from products p join categories c on c.id = p.category_id
    where p.slug = ${slug} and p.active
    limit 1`)) as unknown as DetailRow[];
  const row = rows[0];
  if (!row) return null;
  return {
    ...toCard(row),
    description: row.description,
    usage: row.usage,
    warnings: row.warnings,
    descriptionNe: row.description_ne,
    usageNe: row.usage_ne,
    warningsNe: row.warnings_ne,
    maxPerOrder: row.max_per_order,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** How many alternatives a product page lists at most. */
export const MAX_ALTERNATIVES = 12;

/**
 * Other active products with the same generic and strength: the same medicine from another
 * maker (matched exactly, which the generic+strength index serves). Cheapest first; in-stock ones before out-of-stock ones at the same price.
 */
export async function findAlternatives(db: Database, product: Pick<ProductCard, 'id' | 'genericName' | 'strength' | 'pricePaisa' | 'packSize'>, today: string): Promise<Alternative[]> {
  const rows = (await db.execute(sql`select * from (
      select ${cardColumnsSql(today)}
      from products p join categories c on c.id = p.category_id
      where p.generic_name = ${product.genericName} and p.strength = ${product.strength}
        and p.id <> ${product.id} and p.active
    ) alternatives
    order by price_paisa asc, (available > 0) desc, lower(brand_name) asc, id asc
    limit ${MAX_ALTERNATIVES}`)) as unknown as CardRow[];
  return rows.map((row) => {
    const card = toCard(row);
    const saving = savingFor(product, card);
    return { ...card, savingPaisa: saving.savingPaisa, savingPerUnit: saving.perUnit };
  });
}
