import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { env } from '@/lib/env';

/**
 * When the order `orderId` started waiting for its prescription, plus the hold time: the moment
 * its stock goes back. Taken from the order's own events, so it holds for orders placed before
 * the setting existed and follows the setting when it changes.
 */
export function prescriptionDeadlineSql(orderId: SQLWrapper): SQL<Date | null> {
  return sql<Date | null>`((select max(e.created_at) from order_events e
    where e.order_id = ${orderId} and e.to_status = 'awaiting_prescription') + make_interval(hours => ${env.PRESCRIPTION_HOLD_HOURS}))`;
}

/**
 * An unpaid order past its payment window whose stock may be taken back: true for the row
 * aliased `o`. An order eSewa has reported pending, ambiguous or complete is left for payment
 * reconciliation (lib/payments) to settle, so money already on its way never meets a cancelled
 * order if it can be helped.
 */
export const EXPIRED_UNPAID_ORDER: SQL = sql`(o.status = 'pending_payment' and coalesce(o.expires_at < now(), false)
  and not exists (select 1 from payments pa where pa.order_id = o.id and pa.status in ('pending', 'ambiguous', 'complete')))`;

/** An order still waiting for an approved prescription after PRESCRIPTION_HOLD_HOURS (row `o`), paid or not. */
export const EXPIRED_PRESCRIPTION_HOLD: SQL = sql`(o.status = 'awaiting_prescription' and coalesce(${prescriptionDeadlineSql(sql`o.id`)} < now(), false))`;

/**
 * Every order whose hold on stock has ended: checkout, the sweep and shown stock all use this one.
 * Each part is strictly true or false (a missing expiry or waiting event means "not ended"), so
 * callers can negate it without SQL's NULL turning "not ended" into "unknown".
 */
export const EXPIRED_HOLD: SQL = sql`(${EXPIRED_UNPAID_ORDER} or ${EXPIRED_PRESCRIPTION_HOLD})`;
