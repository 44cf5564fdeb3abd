import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { EXPIRED_HOLD } from './expired-hold';

/**
 * An order that holds stock the shop has no commitment for yet, for the row aliased `o`:
 * - pending_payment: eSewa not paid yet;
 * - awaiting_prescription: no approved prescription yet (paid or cash on delivery);
 * - confirmed and unpaid: cash on delivery that went straight to confirmed (placeOrder does this
 *   for orders without prescription-only lines) and that no pharmacist has packed yet.
 * Orders whose hold has already ended (EXPIRED_HOLD) no longer count: anyone's checkout takes
 * their stock back; a row with no expiry or no waiting event is still open.
 * Status rules: lib/orders/status-rules.ts.
 */
export const OPEN_HOLD: SQL = sql`((o.status in ('pending_payment', 'awaiting_prescription')
  or (o.status = 'confirmed' and o.payment_status = 'unpaid')) and not ${EXPIRED_HOLD})`;

/**
 * Serialises checkouts of one account until the transaction ends, so two concurrent orders by the
 * same shopper cannot both pass the limits. Taken before any batch lock, in every checkout.
 */
export async function lockAccountCheckout(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`checkout:${userId}`}, 0))`);
}

export type OpenHolds = { orders: number; unitsByProduct: Map<number, number> };

/** The account's open orders, and the units of the given products they hold, in one round trip. */
export async function openHoldsOf(tx: Transaction, userId: string, productIds: readonly number[]): Promise<OpenHolds> {
  const ids = productIds.length > 0 ? sql.join(productIds.map((id) => sql`${id}`), sql`, `) : sql`null`;
  const [row] = await tx.execute<{ orders: number; units: Record<string, number> | null }>(sql`
    with open_orders as (select o.id from orders o where o.user_id = ${userId} and ${OPEN_HOLD})
    select (select count(*)::int from open_orders) as orders,
      (select json_object_agg(t.product_id, t.units) from (
        select i.product_id, sum(i.quantity)::int as units from order_items i
        where i.order_id in (select id from open_orders) and i.product_id in (${ids})
        group by i.product_id) t) as units`);
  const unitsByProduct = new Map(Object.entries(row?.units ?? {}).map(([id, units]) => [Number(id), Number(units)]));
  return { orders: Number(row?.orders ?? 0), unitsByProduct };
}
