import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, type UserRole } from '@/db/schema';
import { IllegalTransitionError } from '@/lib/orders/errors';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { lockOrder, transitionOrder } from '@/lib/orders/transitions';
import { cashCanBeReceived, orderStepSchema, STEP_TARGET, type OrderStepInput } from './steps';

export type StaffActor = { id: string; role: UserRole };

/**
 * Performs one staff button. Every status change goes through transitionOrder (table, prescription
 * guard, event, restock, email); this adds only what the buttons carry: the courier and tracking
 * note on dispatch, and cash received for cash on delivery.
 */
export async function performOrderStep(raw: unknown, actor: StaffActor, database: Database = db): Promise<{ number: string; restockedProducts: number[] }> {
  const input: OrderStepInput = orderStepSchema.parse(raw);
  // A cancellation restocks; stockTransaction expires the shop's cached stock after commit.
  return stockTransaction(database, async (tx) => {
    if (input.step === 'cash_received') {
      const order = await lockOrder(tx, input.orderId);
      if (!cashCanBeReceived(order)) {
        throw new IllegalTransitionError(order, { status: order.status, paymentStatus: 'paid' }, 'Cash can be recorded only for an unpaid cash-on-delivery order that has left the pharmacy.');
      }
      const moved = await transitionOrder(tx, { orderId: order.id, to: order.status, actor, paymentStatus: 'paid', note: input.note || 'Cash received on delivery.' });
      return { number: moved.number, restockedProducts: moved.restockedProducts };
    }
    if (input.step === 'dispatch') {
      const trackingNote = input.trackingNote || null;
      const moved = await transitionOrder(tx, {
        orderId: input.orderId,
        to: 'dispatched',
        actor,
        note: `Sent with ${input.courier}.${trackingNote ? ` ${trackingNote}` : ''}`,
        dispatch: { courier: input.courier, trackingNote },
      });
      await tx.update(orders).set({ courier: input.courier, trackingNote, updatedAt: sql`now()` }).where(eq(orders.id, input.orderId));
      return { number: moved.number, restockedProducts: moved.restockedProducts };
    }
    const note = input.step === 'cancel' ? input.reason : input.note;
    const moved = await transitionOrder(tx, { orderId: input.orderId, to: STEP_TARGET[input.step], actor, note });
    return { number: moved.number, restockedProducts: moved.restockedProducts };
  });
}
