import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders } from '@/db/schema';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { DomainError } from '@/lib/errors';
import { IllegalTransitionError, OrderNotFoundError } from './errors';
import { lockOrder, transitionOrder } from './transitions';

export class NoCashToCollectError extends DomainError {
  constructor() {
    super('This order is not unpaid cash on delivery: there was no cash to collect.');
  }
}

/**
 * A delivery partner (a partner API key holding `orders:write`) reports an order handed over, and
 * for unpaid cash on delivery whether the cash was taken. Through transitionOrder like every other
 * status change, in one event; the partner is named on the timeline, and the key's use audited.
 */
export async function recordDeliveryByPartner(
  number: string,
  partner: { name: string },
  input: { cashCollected: boolean; note?: string },
  database: Database = db,
): Promise<{ orderId: string }> {
  return stockTransaction(database, async (tx) => {
    const [row] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.number, number));
    if (!row) throw new OrderNotFoundError();
    const order = await lockOrder(tx, row.id);
    // Partners see packed, dispatched and delivered orders only; anything else does not exist for them.
    if (!['packed', 'dispatched', 'delivered'].includes(order.status)) throw new OrderNotFoundError();
    if (order.status !== 'dispatched') {
      throw new IllegalTransitionError({ status: order.status, paymentStatus: order.paymentStatus }, { status: 'delivered' }, order.status === 'delivered' ? 'This order is already delivered.' : 'This order has not left the pharmacy yet.');
    }
    const cashDue = order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid';
    if (input.cashCollected && !cashDue) throw new NoCashToCollectError();
    const note = [`Delivered, reported by ${partner.name}${input.cashCollected ? ', cash collected' : ''}.`, input.note?.trim()].filter(Boolean).join(' ');
    await transitionOrder(tx, { orderId: order.id, to: 'delivered', actor: null, note, ...(input.cashCollected ? { paymentStatus: 'paid' as const } : {}) });
    return { orderId: order.id };
  });
}
