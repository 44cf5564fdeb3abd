import 'server-only';
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { orderSummaryColumns, type OrderSummary } from './queries';

export type OrderFeedPosition = { createdAt: string; id: string };

/**
 * A shopper's orders newest first, `limit` at a time after a position (keyset, for the API's
 * cursors): new orders arriving meanwhile never shift or repeat a page. Always scoped by user id.
 */
export async function listOrdersAfter(userId: string, after: OrderFeedPosition | null, limit: number): Promise<{ orders: OrderSummary[]; next: OrderFeedPosition | null }> {
  const scope: SQL[] = [eq(orders.userId, userId)];
  // Milliseconds, as the cursor carries them: PostgreSQL keeps microseconds, a JS Date does not.
  const at = sql`date_trunc('milliseconds', ${orders.createdAt})`;
  if (after) scope.push(sql`(${at}, ${orders.id}) < (${new Date(after.createdAt).toISOString()}::timestamptz, ${after.id}::uuid)`);
  const rows = await db
    .select({
      ...orderSummaryColumns,
      position: sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    })
    .from(orders)
    .where(and(...scope))
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
