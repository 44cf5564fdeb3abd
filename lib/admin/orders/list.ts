import 'server-only';
import { and, desc, eq, ilike, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { orders, payments, users, type OrderStatus, type PaymentMethod, type PaymentStatus } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { ADMIN_ORDERS_PAGE_SIZE, type OrderFilter } from './filters';
import { withinNepalDays } from '@/lib/nepal-time/sql';
import { OPEN_HOLD } from '@/lib/orders/open-holds';
import { pageWindow } from '@/lib/pagination';

/** Statuses that are not sales yet or any more; the dashboard's revenue leaves them out too. */
export const NOT_COUNTED: readonly OrderStatus[] = ['cancelled', 'pending_payment'];

export function orderConditions(filter: Omit<OrderFilter, 'page'>): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(orders.status, filter.status));
  if (filter.payment) conditions.push(eq(orders.paymentStatus, filter.payment));
  if (filter.method) conditions.push(eq(orders.paymentMethod, filter.method));
  conditions.push(...withinNepalDays(orders.createdAt, filter));
  if (filter.counted) conditions.push(notInArray(orders.status, [...NOT_COUNTED]));
  if (filter.attention) {
    conditions.push(inArray(orders.id, db.select({ id: payments.orderId }).from(payments).where(inArray(payments.status, ['pending', 'ambiguous']))));
  }
  if (filter.open) conditions.push(sql`${orders.id} in (select o.id from orders o where ${OPEN_HOLD})`);
  if (filter.q) {
    const like = containsPattern(filter.q);
    // Digits are matched against phone numbers only when the query looks like one: an email or an
    // order number has digits too, and would otherwise list every order whose phone contains them.
    const digits = /^[\d\s+()-]+$/.test(filter.q) ? filter.q.replace(/\D/g, '') : '';
    const phone = digits.length >= 4 ? [sql`${orders.address} ->> 'phone' like ${`%${digits.slice(-10)}%`}`, ilike(users.phone, `%${digits.slice(-10)}%`)] : [];
    conditions.push(or(ilike(orders.number, like), ilike(users.name, like), ilike(users.email, like), sql`${orders.address} ->> 'recipientName' ilike ${like}`, ...phone)!);
  }
  return conditions;
}

export type AdminOrderRow = {
  id: string;
  number: string;
  createdAt: Date;
  customerName: string;
  recipientName: string;
  phone: string;
  district: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: PaymentMethod;
  totalPaisa: number;
};

/** Staff order list, newest first. Staff see every order; the caller has checked `orders.view`. */
export async function listOrdersForStaff(filter: OrderFilter, database: Database = db): Promise<{ rows: AdminOrderRow[]; total: number; page: number; pageCount: number }> {
  const where = and(...orderConditions(filter));
  const [{ total } = { total: 0 }] = await database
    .select({ total: sql<number>`count(*)::int` })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(where);
  const { page, pageCount, limit, offset } = pageWindow(total, filter.page, ADMIN_ORDERS_PAGE_SIZE);
  const rows = await database
    .select({
      id: orders.id,
      number: orders.number,
      createdAt: orders.createdAt,
      customerName: users.name,
      recipientName: sql<string>`${orders.address} ->> 'recipientName'`,
      phone: sql<string>`${orders.address} ->> 'phone'`,
      district: sql<string>`${orders.address} ->> 'district'`,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      paymentMethod: orders.paymentMethod,
      totalPaisa: orders.totalPaisa,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: Number(total), page, pageCount };
}
