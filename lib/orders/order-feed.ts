import 'server-only';
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { orderItems, orders, type AddressSnapshot, type OrderStatus } from '@/db/schema';
import { orderSummaryColumns, type OrderSummary } from './queries';

export type OrderFeedPosition = { createdAt: string; id: string };

/** The statuses a delivery partner sees: packed (to collect), on the way, delivered. */
export const DELIVERY_STATUSES = ['packed', 'dispatched', 'delivered'] as const satisfies readonly OrderStatus[];
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Orders newest first, `limit` at a time after a position (keyset, for the API's cursors): new
 * orders arriving meanwhile never shift or repeat a page. `scope` is never empty: one shopper's
 * orders, or the orders in delivery statuses.
 */
async function orderPage<C extends SelectedFields>(scope: SQL[], columns: C, after: OrderFeedPosition | null, limit: number) {
  // Milliseconds, as the cursor carries them: PostgreSQL keeps microseconds, a JS Date does not.
  const at = sql`date_trunc('milliseconds', ${orders.createdAt})`;
  const where = after ? [...scope, sql`(${at}, ${orders.id}) < (${new Date(after.createdAt).toISOString()}::timestamptz, ${after.id}::uuid)`] : scope;
  const rows = await db
    .select({ ...orderSummaryColumns, ...columns, position: sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` })
    .from(orders)
    .where(and(...where))
    .orderBy(desc(at), desc(orders.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const counts = page.length
    ? await db.select({ orderId: orderItems.orderId, n: count() }).from(orderItems).where(inArray(orderItems.orderId, page.map((r) => r.id))).groupBy(orderItems.orderId)
    : [];
  const countOf = new Map(counts.map((c) => [c.orderId, c.n]));
  const last = page.at(-1);
  return {
    orders: page.map(({ id, position: _position, ...r }) => ({ ...r, itemCount: countOf.get(id) ?? 0 })),
    next: rows.length > limit && last ? { createdAt: last.position, id: last.id } : null,
  };
}

/** A shopper's own orders. Always scoped by user id. */
export async function listOrdersAfter(userId: string, after: OrderFeedPosition | null, limit: number): Promise<{ orders: OrderSummary[]; next: OrderFeedPosition | null }> {
  return orderPage([eq(orders.userId, userId)], {}, after, limit);
}

export type DeliveryOrder = OrderSummary & { address: AddressSnapshot; deliveryNotes: string | null; courier: string | null; trackingNote: string | null };

const deliveryColumns = { address: orders.address, deliveryNotes: orders.deliveryNotes, courier: orders.courier, trackingNote: orders.trackingNote };

/**
 * What a delivery partner may see (GET /api/v1/partner/orders): orders packed, on the way or
 * delivered, with where to take them, but not what is inside: the medicines stay private.
 */
export async function listDeliveryOrdersAfter(statuses: readonly DeliveryStatus[], after: OrderFeedPosition | null, limit: number): Promise<{ orders: DeliveryOrder[]; next: OrderFeedPosition | null }> {
  return orderPage([inArray(orders.status, statuses.length ? [...statuses] : [...DELIVERY_STATUSES])], deliveryColumns, after, limit);
}

export async function getDeliveryOrder(number: string): Promise<DeliveryOrder | null> {
  const { orders: [order] } = await orderPage([eq(orders.number, number), inArray(orders.status, [...DELIVERY_STATUSES])], deliveryColumns, null, 1);
  return order ?? null;
}
