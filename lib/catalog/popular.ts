import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { hasSellableStockSql } from '@/lib/inventory/stock-state';

/**
 * Home-page picks: in each category, the in-stock product sold most (then the cheapest), so the
 * shelf shows variety rather than eight painkillers. Only over-the-counter medicines, which a
 * shopper can buy straight away.
 */
export async function popularProductIds(db: Database, today: string, limit = 8): Promise<number[]> {
  const rows = (await db.execute(sql`with sold as (
      select product_id, sum(quantity)::int as sold from order_items group by product_id
    ), ranked as (
      select p.id, c.sort_order, coalesce(s.sold, 0) as sold,
        row_number() over (partition by p.category_id order by coalesce(s.sold, 0) desc, p.price_paisa asc, p.id asc) as rank
      from products p join categories c on c.id = p.category_id left join sold s on s.product_id = p.id
      where p.active and not p.requires_prescription and ${hasSellableStockSql(sql`p.id`, today)}
    )
    select id from ranked where rank = 1 order by sold desc, sort_order asc, id asc limit ${limit}`)) as unknown as { id: number }[];
  return rows.map((r) => r.id);
}
