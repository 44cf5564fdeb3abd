import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderEvents, orderItems, orders, type AddressSnapshot, type OrderStatus, type PaymentMethod, type PaymentStatus } from '@/db/schema';
import { prescriptionDeadlineSql } from './expired-hold';
import { orderDetailColumns } from './order-detail-columns';
import { linkedPrescriptions, orderLineColumns, type LinkedPrescription, type OrderLine } from './order-lines';
import { pageWindow } from '@/lib/pagination';
import { isStaff } from '@/lib/permissions/matrix';

export const ORDERS_PER_PAGE = 10;

export type OrderSummary = {
  number: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: PaymentMethod;
  totalPaisa: number;
  itemCount: number;
  createdAt: Date;
};

/** The columns of an order in a shopper's list (the pages' and the API's). */
export const orderSummaryColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  paymentMethod: orders.paymentMethod,
  totalPaisa: orders.totalPaisa,
  createdAt: orders.createdAt,
};

/** A shopper's orders, newest first. Always scoped by the signed-in user's id. */
export async function listOrdersForUser(userId: string, page: number): Promise<{ orders: OrderSummary[]; page: number; pageCount: number; total: number }> {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(orders).where(eq(orders.userId, userId));
  const { page: current, pageCount, limit, offset } = pageWindow(total, page, ORDERS_PER_PAGE);
  const rows = await db
    .select(orderSummaryColumns)
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit)
    .offset(offset);
  const counts = rows.length
    ? await db
        .select({ orderId: orderItems.orderId, n: count() })
        .from(orderItems)
        .where(inArray(orderItems.orderId, rows.map((r) => r.id)))
        .groupBy(orderItems.orderId)
    : [];
  const countOf = new Map(counts.map((c) => [c.orderId, c.n]));
  return { orders: rows.map(({ id, ...r }) => ({ ...r, itemCount: countOf.get(id) ?? 0 })), page: current, pageCount, total };
}

export type OrderDetail = OrderSummary & {
  subtotalPaisa: number;
  deliveryFeePaisa: number;
  address: AddressSnapshot;
  deliveryNotes: string | null;
  expiresAt: Date | null;
  /** While the order waits for its prescription: when its hold ends and the sweep cancels it. */
  prescriptionDeadline: Date | null;
  cancelReason: string | null;
  courier: string | null;
  trackingNote: string | null;
  lines: OrderLine[];
  timeline: { id: number; type: string; fromStatus: OrderStatus | null; toStatus: OrderStatus | null; toPaymentStatus: PaymentStatus | null; byShopper: boolean; byStaff: boolean; note: string | null; at: Date }[];
  prescriptions: LinkedPrescription[];
};

/**
 * One order of one shopper, by number. Another user's number gives null (the page answers 404),
 * so a shopper cannot even learn that the number exists.
 */
export async function getOrderForUser(userId: string, number: string): Promise<OrderDetail | null> {
  const [order] = await db
    .select({ ...orderDetailColumns, expiresAt: orders.expiresAt, prescriptionDeadline: prescriptionDeadlineSql(sql.raw('"orders"."id"')).mapWith(orders.createdAt) })
    .from(orders)
    .where(and(eq(orders.number, number), eq(orders.userId, userId)));
  if (!order) return null;

  const [lines, events, linked] = await Promise.all([
    db
      .select(orderLineColumns)
      .from(orderItems)
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.id)),
    db
      .select({
        id: orderEvents.id,
        type: orderEvents.type,
        fromStatus: orderEvents.fromStatus,
        toStatus: orderEvents.toStatus,
        toPaymentStatus: orderEvents.toPaymentStatus,
        actorRole: orderEvents.actorRole,
        note: orderEvents.note,
        at: orderEvents.createdAt,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    linkedPrescriptions(db, order.id),
  ]);
  const { id: _id, prescriptionDeadline, ...rest } = order;
  return {
    ...rest,
    prescriptionDeadline: order.status === 'awaiting_prescription' ? prescriptionDeadline : null,
    itemCount: lines.length,
    lines,
    // Staff identities stay private: the shopper sees "pharmacy" rather than a name or id.
    timeline: events.map(({ actorRole, ...e }) => ({ ...e, byShopper: actorRole !== null && !isStaff(actorRole), byStaff: actorRole !== null && isStaff(actorRole) })),
    prescriptions: linked,
  };
}
