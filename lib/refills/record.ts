import 'server-only';
import { sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { refillReminders } from '@/db/schema';
import { nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { refillPlan } from './plan';

/**
 * Sets the refill reminders of a delivered order: each line of a long-term medicine (plan.ts)
 * starts its account's reminder for that product again from today. A stopped reminder stays
 * stopped and a paused one paused; only the dates move. Runs in the delivery transition.
 */
export async function recordRefillSupply(tx: Transaction, order: { id: string; userId: string }): Promise<number> {
  const lines = (await tx.execute(sql`
    select oi.product_id, oi.patient_id, oi.generic_name, p.pack_size, sum(oi.quantity)::int as quantity
    from order_items oi join products p on p.id = oi.product_id
    where oi.order_id = ${order.id}::uuid
    group by oi.product_id, oi.patient_id, oi.generic_name, p.pack_size
    order by oi.product_id`)) as unknown as { product_id: number; patient_id: string | null; generic_name: string; pack_size: string; quantity: number }[];
  const today = await nepalTodayInDatabase(tx);
  let recorded = 0;
  for (const line of lines) {
    const plan = refillPlan({ genericName: line.generic_name, packSize: line.pack_size, quantity: line.quantity }, today);
    if (!plan) continue;
    const values = { lastOrderId: order.id, patientId: line.patient_id, quantity: line.quantity, ...plan, remindedAt: null };
    await tx
      .insert(refillReminders)
      .values({ userId: order.userId, productId: line.product_id, ...values })
      .onConflictDoUpdate({ target: [refillReminders.userId, refillReminders.productId], set: { ...values, updatedAt: sql`now()` } });
    recorded += 1;
  }
  return recorded;
}
