import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { env } from '@/lib/env';
import { OPEN_HOLD } from '@/lib/orders/open-holds';

export type AccountHoldingStock = { userId: string; name: string; email: string; openOrders: number; heldUnits: number; oldestOpenSince: Date };

/**
 * Accounts with at least `minOpenOrders` open orders (lib/orders/open-holds.ts: unpaid or not
 * yet confirmed by a prescription or a pharmacist), most first: where a script tying up stock
 * shows itself. The caller has checked `dashboard.view`.
 */
export async function listAccountsHoldingStock(
  options: { minOpenOrders?: number; limit?: number } = {},
  database: Database = db,
): Promise<AccountHoldingStock[]> {
  const minOpenOrders = options.minOpenOrders ?? env.OPEN_ORDERS_ALERT_AT;
  const rows = await database.execute<{ user_id: string; name: string; email: string; open_orders: number; held_units: number; oldest: string }>(sql`
    select u.id as user_id, u.name, u.email, count(*)::int as open_orders,
      coalesce(sum((select sum(i.quantity) from order_items i where i.order_id = o.id)), 0)::int as held_units,
      min(o.created_at) as oldest
    from orders o join users u on u.id = o.user_id
    where ${OPEN_HOLD}
    group by u.id
    having count(*) >= ${minOpenOrders}
    order by count(*) desc, held_units desc, u.id
    limit ${options.limit ?? 20}`);
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    openOrders: Number(r.open_orders),
    heldUnits: Number(r.held_units),
    oldestOpenSince: new Date(r.oldest),
  }));
}
