import 'server-only';
import { sql } from 'drizzle-orm';
import { reportingDb, type Database } from '@/db/client';
import type { OrderStatus } from '@/db/schema';
import { env } from '@/lib/env';
import { addDays } from '@/lib/nepal-time';
import { NEPAL_TODAY, nepalDateSql, nepalTodayInDatabase } from '@/lib/nepal-time/sql';
import { listPaymentsNeedingAttention, type PaymentNeedingAttention } from '@/lib/payments/attention';
import { listAccountsHoldingStock, type AccountHoldingStock } from './accounts-holding-stock';

export const SALES_WINDOWS = [1, 7, 30] as const;
export const EXPIRY_WINDOWS = [30, 60, 90] as const;

export type Dashboard = {
  today: string;
  /** Orders counted as sales (not cancelled, not awaiting payment) placed in the last N Nepal days, today included. */
  sales: { days: (typeof SALES_WINDOWS)[number]; from: string; orders: number; revenuePaisa: number }[];
  daily: { day: string; orders: number; revenuePaisa: number }[];
  byStatus: { status: OrderStatus; orders: number }[];
  prescriptions: { waiting: number; oldestWaitingSince: Date | null; oldestWaitingMinutes: number | null };
  lowStockProducts: number;
  expiring: { days: (typeof EXPIRY_WINDOWS)[number]; batches: number; units: number }[];
  expired: { batches: number; units: number; valuePaisa: number };
  paymentsNeedingAttention: PaymentNeedingAttention[];
  /** Accounts with OPEN_ORDERS_ALERT_AT or more open (unpaid or unconfirmed) orders. */
  accountsHoldingStock: { from: number; accounts: AccountHoldingStock[] };
};

const COUNTED = sql`o.status not in ('cancelled', 'pending_payment')`;
const ORDER_DAY = nepalDateSql(sql`o.created_at`);
const TODAY = NEPAL_TODAY;

/**
 * Every figure on /admin. Each one is defined the same way as the filtered list it links to
 * (lib/admin/orders/list.ts, lib/admin/stock.ts), and dashboard.test.ts checks them against rows.
 */
export async function loadDashboard(database: Database = reportingDb): Promise<Dashboard> {
  const today = await nepalTodayInDatabase(database);
  const start = addDays(today, -29);

  const [daily, byStatus, rx, stock, expiring, expired, attention, holding] = await Promise.all([
    database.execute<{ day: string; orders: number; revenue: number }>(sql`
      select d::date::text as day, count(o.id)::int as orders, coalesce(sum(o.total_paisa), 0)::bigint as revenue
      from generate_series(${start}::date, ${today}::date, interval '1 day') d
      left join orders o on ${ORDER_DAY} = d::date and ${COUNTED}
      group by d order by d`),
    database.execute<{ status: OrderStatus; orders: number }>(sql`select o.status, count(*)::int as orders from orders o group by o.status`),
    // The wait is measured by the database clock, as "today" is, so the page renders without reading the time.
    database.execute<{ waiting: number; oldest: string | null; minutes: number | null }>(sql`
      select count(*)::int as waiting, min(created_at) as oldest, extract(epoch from now() - min(created_at))::float8 / 60 as minutes
      from prescriptions where status = 'pending'`),
    database.execute<{ low: number }>(sql`
      select count(*)::int as low from products p
      where p.active and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date >= ${TODAY}) <= p.reorder_level`),
    database.execute<{ days: number; batches: number; units: number }>(sql`
      select w.days, count(b.id)::int as batches, coalesce(sum(b.quantity), 0)::int as units
      from unnest(array[30, 60, 90]) as w(days)
      left join inventory_batches b on b.quantity > 0 and b.expiry_date >= ${TODAY} and b.expiry_date <= ${TODAY} + w.days
      group by w.days order by w.days`),
    database.execute<{ batches: number; units: number; value: number }>(sql`
      select count(*)::int as batches, coalesce(sum(quantity), 0)::int as units, coalesce(sum(quantity::bigint * coalesce(cost_paisa, 0)), 0)::bigint as value
      from inventory_batches where quantity > 0 and expiry_date < ${TODAY}`),
    listPaymentsNeedingAttention(database),
    listAccountsHoldingStock({}, database),
  ]);

  const dailyRows = daily.map((d) => ({ day: d.day, orders: Number(d.orders), revenuePaisa: Number(d.revenue) }));
  const sales = SALES_WINDOWS.map((days) => {
    const from = addDays(today, -(days - 1));
    const inWindow = dailyRows.filter((d) => d.day >= from);
    return { days, from, orders: inWindow.reduce((s, d) => s + d.orders, 0), revenuePaisa: inWindow.reduce((s, d) => s + d.revenuePaisa, 0) };
  });
  const statusCounts = new Map(byStatus.map((r) => [r.status, Number(r.orders)]));
  const ALL: OrderStatus[] = ['pending_payment', 'awaiting_prescription', 'confirmed', 'packed', 'dispatched', 'delivered', 'cancelled'];
  return {
    today,
    sales,
    daily: dailyRows,
    byStatus: ALL.map((status) => ({ status, orders: statusCounts.get(status) ?? 0 })),
    prescriptions: {
      waiting: Number(rx[0]?.waiting ?? 0),
      oldestWaitingSince: rx[0]?.oldest ? new Date(rx[0].oldest) : null,
      oldestWaitingMinutes: rx[0]?.minutes == null ? null : Number(rx[0].minutes),
    },
    lowStockProducts: Number(stock[0]?.low ?? 0),
    expiring: expiring.map((e) => ({ days: Number(e.days) as (typeof EXPIRY_WINDOWS)[number], batches: Number(e.batches), units: Number(e.units) })),
    expired: { batches: Number(expired[0]?.batches ?? 0), units: Number(expired[0]?.units ?? 0), valuePaisa: Number(expired[0]?.value ?? 0) },
    paymentsNeedingAttention: attention,
    accountsHoldingStock: { from: env.OPEN_ORDERS_ALERT_AT, accounts: holding },
  };
}
