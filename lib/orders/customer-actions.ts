import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { addToCart, getOrCreateUserCart } from '@/lib/cart/cart-store';
import { availableQuantities } from '@/lib/inventory/availability';
import { stockTransaction } from '@/lib/inventory/change-stock';
import { DomainError } from '@/lib/errors';
import { OrderNotFoundError } from './errors';
import { transitionOrder } from './transitions';

/** A shopper cancels their own order; the transition table decides whether it is still allowed. */
export async function cancelOrderForCustomer(userId: string, number: string, reason: string | null) {
  return stockTransaction(db, async (tx) => {
    const [order] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.number, number), eq(orders.userId, userId)));
    if (!order) throw new OrderNotFoundError();
    return transitionOrder(tx, { orderId: order.id, to: 'cancelled', actor: { id: userId, role: 'customer' }, note: reason ?? 'Cancelled by the customer.' });
  });
}

/**
 * "Order again": puts an earlier order's medicines back in the cart at today's prices, as many as
 * can be bought now. Returns what could not be added so the page can say so.
 */
export async function orderAgain(userId: string, number: string): Promise<{ added: number; skipped: string[] }> {
  const lines = await db
    .select({ productId: orderItems.productId, name: orderItems.productName, quantity: orderItems.quantity })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(and(eq(orders.number, number), eq(orders.userId, userId)));
  if (lines.length === 0) throw new OrderNotFoundError();

  const cartId = await getOrCreateUserCart(userId);
  const available = await availableQuantities(db, lines.map((l) => l.productId));
  let added = 0;
  const skipped: string[] = [];
  for (const line of lines) {
    const quantity = Math.min(line.quantity, available.get(line.productId) ?? 0);
    try {
      if (quantity < 1) throw new DomainError('out of stock');
      await addToCart(cartId, line.productId, quantity);
      added += 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      skipped.push(line.name);
    }
  }
  return { added, skipped };
}
