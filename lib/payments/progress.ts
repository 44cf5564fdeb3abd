import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { isOnlineMethod } from './providers/types';

/**
 * What the pay page polls while the provider has not confirmed: `paid` once the order is settled (the
 * reconcile job or a late callback did it), `checking` while the latest attempt is PENDING or
 * AMBIGUOUS, `unpaid` when there is nothing to wait for (the page re-renders to say what next).
 */
export type PaymentProgress = 'paid' | 'checking' | 'unpaid';

/** Read only, never settles anything. Null when the number is not this shopper's online-payment order. */
export async function paymentProgress(input: { orderNumber: string; userId: string }, database: Database = db): Promise<PaymentProgress | null> {
  const [order] = await database
    .select({ id: orders.id, paymentStatus: orders.paymentStatus, paymentMethod: orders.paymentMethod })
    .from(orders)
    .where(and(eq(orders.number, input.orderNumber), eq(orders.userId, input.userId)));
  if (!order || !isOnlineMethod(order.paymentMethod)) return null;
  if (order.paymentStatus !== 'unpaid') return 'paid';
  const [latest] = await database
    .select({ status: payments.status })
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  return latest?.status === 'pending' || latest?.status === 'ambiguous' ? 'checking' : 'unpaid';
}
