import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sellableQuantitySql, stockStateFor } from '@/lib/inventory/stock-state';
import { notSoldOnlineSql } from './not-sold-online';
import type { ProductCard } from './types';

/** Columns of a product card; `p` is products, `c` categories. */
export function cardColumnsSql(today: string): SQL {
  return sql`p.id, p.slug, p.brand_name, p.generic_name, p.strength, p.dosage_form, p.pack_size, p.manufacturer,
    c.slug as category_slug, c.name as category_name, c.name_ne as category_name_ne, p.price_paisa, p.mrp_paisa, p.requires_prescription, p.image_url,
    ${sellableQuantitySql(sql`p.id`, today)} as available, ${notSoldOnlineSql(sql`p.generic_name`)} as not_sold_online`;
}

export type CardRow = {
  id: number;
  slug: string;
  brand_name: string;
  generic_name: string;
  strength: string;
  dosage_form: string;
  pack_size: string;
  manufacturer: string;
  category_slug: string;
  category_name: string;
  category_name_ne: string | null;
  price_paisa: number;
  mrp_paisa: number;
  requires_prescription: boolean;
  image_url: string | null;
  available: number;
  not_sold_online: string | null;
};

export function toCard(row: CardRow): ProductCard {
  return {
    id: row.id,
    slug: row.slug,
    brandName: row.brand_name,
    genericName: row.generic_name,
    strength: row.strength,
    dosageForm: row.dosage_form,
    packSize: row.pack_size,
    manufacturer: row.manufacturer,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    categoryNameNe: row.category_name_ne,
    pricePaisa: row.price_paisa,
    mrpPaisa: row.mrp_paisa,
    requiresPrescription: row.requires_prescription,
    imageUrl: row.image_url,
    stock: stockStateFor(Number(row.available)),
    notSoldOnline: row.not_sold_online,
  };
}

/** Cards for the given ids, in the order given (inactive products are left out). */
export async function cardsByIds(db: Database, ids: number[], today: string): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = (await db.execute(sql`select ${cardColumnsSql(today)}
    from products p join categories c on c.id = p.category_id
    where p.id in ${ids} and p.active`)) as unknown as CardRow[];
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.map((id) => byId.get(id)).filter((c): c is ProductCard => c !== undefined);
}
