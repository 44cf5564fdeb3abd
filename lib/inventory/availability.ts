import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { NEPAL_TODAY } from '@/lib/nepal-time/sql';
import { EXPIRED_HOLD } from '@/lib/orders/expired-hold';

/**
 * Units a shopper can still buy, per product: sellable batch stock plus anything held by orders
 * whose hold has ended (unpaid past the payment window unless eSewa says a payment is under way,
 * or past the prescription deadline): placeOrder releases that stock the moment it needs it.
 */
export async function availableQuantities(executor: Database | Transaction, productIds: readonly number[]): Promise<Map<number, number>> {
  const result = new Map<number, number>(productIds.map((id) => [id, 0]));
  if (productIds.length === 0) return result;
  const ids = sql.join(productIds.map((id) => sql`${id}`), sql`, `);
  const rows = await executor.execute<{ product_id: number; available: number }>(sql`
    select p.id as product_id,
      coalesce((select sum(b.quantity) from inventory_batches b
                where b.product_id = p.id and b.expiry_date >= ${NEPAL_TODAY}), 0)::int
      + coalesce((select sum(a.quantity) from order_item_allocations a
                  join order_items i on i.id = a.order_item_id
                  join orders o on o.id = i.order_id
                  join inventory_batches b on b.id = a.batch_id
                  where i.product_id = p.id and a.released_at is null
                    and ${EXPIRED_HOLD}
                    and b.expiry_date >= ${NEPAL_TODAY}), 0)::int as available
    from products p where p.id in (${ids})`);
  for (const row of rows) result.set(row.product_id, row.available);
  return result;
}
