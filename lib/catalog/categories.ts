import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { CategorySummary } from './types';

/** Categories in display order, with how many active products each holds. */
export async function listCategories(db: Database): Promise<CategorySummary[]> {
  const rows = (await db.execute(sql`select c.slug, c.name, c.name_ne, c.description, c.description_ne,
      (select count(*)::int from products p where p.category_id = c.id and p.active) as product_count
    from categories c
    order by c.sort_order asc, c.name asc`)) as unknown as { slug: string; name: string; name_ne: string | null; description: string; description_ne: string | null; product_count: number }[];
  return rows.map((r) => ({ slug: r.slug, name: r.name, nameNe: r.name_ne, description: r.description, descriptionNe: r.description_ne, productCount: r.product_count }));
}

/** Dosage forms that active products come in, for the listing filter. */
export async function listDosageForms(db: Database): Promise<string[]> {
  const rows = (await db.execute(sql`select distinct dosage_form from products where active order by dosage_form`)) as unknown as { dosage_form: string }[];
  return rows.map((r) => r.dosage_form);
}
