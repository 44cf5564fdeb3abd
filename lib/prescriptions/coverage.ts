import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { nepalToday } from '@/lib/nepal-time';

/**
 * Coverage is derived from orders, not from a counter: a prescription item's use is the sum of
 * that product on other orders linked to the prescription that have been confirmed (or later).
 * Deriving it keeps the check idempotent — the guard may be asked again at packing and dispatch —
 * and a cancelled order gives its quantity back without anyone remembering to.
 */
type ItemUse = { prescription_id: string; product_id: number; quantity_approved: number; used_by_others: number };

const CONSUMING = sql.raw(`('confirmed', 'packed', 'dispatched', 'delivered')`);

async function itemUse(executor: Database | Transaction, prescriptionIds: string[], excludeOrderId: string | null): Promise<ItemUse[]> {
  if (prescriptionIds.length === 0) return [];
  const ids = sql.join(prescriptionIds.map((id) => sql`${id}::uuid`), sql`, `);
  return (await executor.execute(sql`
    select pi.prescription_id, pi.product_id, pi.quantity_approved,
      coalesce((
        select sum(oi.quantity)
        from order_prescriptions op
        join orders o on o.id = op.order_id
        join order_items oi on oi.order_id = o.id and oi.product_id = pi.product_id and oi.requires_prescription
        where op.prescription_id = pi.prescription_id
          and o.status in ${CONSUMING}
          ${excludeOrderId ? sql`and o.id <> ${excludeOrderId}::uuid` : sql``}
      ), 0)::int as used_by_others
    from prescription_items pi
    where pi.prescription_id in (${ids})`)) as unknown as ItemUse[];
}

/** Used quantity per prescription item, for the pages. Keyed `${prescriptionId}:${productId}`. */
export async function usageByItem(executor: Database | Transaction, prescriptionIds: string[]): Promise<Map<string, number>> {
  const rows = await itemUse(executor, prescriptionIds, null);
  return new Map(rows.map((r) => [`${r.prescription_id}:${r.product_id}`, Number(r.used_by_others)]));
}

export type CoverageGap = { productId: number; needed: number; available: number };

/**
 * Does every prescription-only line of the order have approved, unexpired, unused coverage from
 * the prescriptions linked to it? Locks those prescriptions, so two orders drawing on the same
 * one are decided one after the other. Callers hold the order's row lock (orders, then prescriptions).
 */
export async function coverageGaps(tx: Transaction, orderId: string, today: string = nepalToday()): Promise<CoverageGap[]> {
  const lines = (await tx.execute(sql`
    select product_id, sum(quantity)::int as quantity
    from order_items
    where order_id = ${orderId}::uuid and requires_prescription
    group by product_id
    order by product_id`)) as unknown as { product_id: number; quantity: number }[];
  if (lines.length === 0) return [];

  const usable = (await tx.execute(sql`
    select p.id
    from prescriptions p
    join order_prescriptions op on op.prescription_id = p.id
    where op.order_id = ${orderId}::uuid and p.status = 'approved' and p.valid_until >= ${today}::date
    order by p.id
    for update of p`)) as unknown as { id: string }[];

  const available = new Map<number, number>();
  for (const row of await itemUse(tx, usable.map((p) => p.id), orderId)) {
    const left = Math.max(0, row.quantity_approved - Number(row.used_by_others));
    available.set(row.product_id, (available.get(row.product_id) ?? 0) + left);
  }
  return lines
    .map((line) => ({ productId: line.product_id, needed: Number(line.quantity), available: available.get(line.product_id) ?? 0 }))
    .filter((gap) => gap.available < gap.needed);
}
