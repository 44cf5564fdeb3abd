import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, type UserRole } from '@/db/schema';
import { IllegalTransitionError } from '@/lib/orders/errors';
import { lockOrder, transitionOrder } from '@/lib/orders/transitions';
import { revalidateProduct } from '@/lib/catalog/cache';
import { cashCanBeReceived, orderStepSchema, STEP_TARGET, type OrderStepInput } from './steps';

export type StaffActor = { id: string; role: UserRole };

/**
 * Performs one staff button. Every status change goes through transitionOrder (table, prescription
 * guard, event, restock, email); this adds only what the buttons carry: the courier and tracking
 * note on dispatch, and cash received for cash on delivery.
 */
export async function performOrderStep(raw: unknown, actor: StaffActor, database: Database = db): Promise<{ number: string; restockedProducts: number[] }> {
  const input: OrderStepInput = orderStepSchema.parse(raw);
  const result = await database.transaction(async (tx) => {
    if (input.step === 'cash_received') {
      const order = await lockOrder(tx, input.orderId);
      if (!cashCanBeReceived(order)) {
        throw new IllegalTransitionError(order, { status: order.status, paymentStatus: 'paid' }, 'Cash can be recorded only for an unpaid cash-on-delivery order that has left the pharmacy.');
      }
      const moved = await transitionOrder(tx, { orderId: order.id, to: order.status, actor, paymentStatus: 'paid', note: input.note || 'Cash received on delivery.' });
      return { number: moved.number, cancelled: false };
    }
    if (input.step === 'dispatch') {
      const trackingNote = input.trackingNote || null;
      const moved = await transitionOrder(tx, {
        orderId: input.orderId,
        to: 'dispatched',
        actor,
        note: `Sent with ${input.courier}.${trackingNote ? ` ${trackingNote}` : ''}`,
      });
      await tx.update(orders).set({ courier: input.courier, trackingNote, updatedAt: sql`now()` }).where(eq(orders.id, input.orderId));
      return { number: moved.number, cancelled: false };
    }
    const note = input.step === 'cancel' ? input.reason : input.note;
    const moved = await transitionOrder(tx, { orderId: input.orderId, to: STEP_TARGET[input.step], actor, note });
    return { number: moved.number, cancelled: moved.to.status === 'cancelled' };
  });
  // A cancellation put stock back on the shelf: the shop must show it again.
  const restockedProducts = result.cancelled ? await productsOf(input.orderId, database) : [];
  for (const productId of restockedProducts) await revalidateProduct(productId, 'stock');
  return { number: result.number, restockedProducts };
}

async function productsOf(orderId: string, database: Database): Promise<number[]> {
  const rows = await database.execute<{ product_id: number }>(sql`select distinct product_id from order_items where order_id = ${orderId}`);
  return rows.map((r) => r.product_id);
}
