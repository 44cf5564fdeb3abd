import { sql, type SQL } from 'drizzle-orm';

/**
 * An unpaid order past its payment window whose stock may be taken back: true for the row
 * aliased `o`. An order eSewa has reported pending, ambiguous or complete is left for payment
 * reconciliation (lib/payments) to settle, so money already on its way never meets a cancelled
 * order if it can be helped.
 */
export const EXPIRED_UNPAID_ORDER: SQL = sql`(o.status = 'pending_payment' and o.expires_at < now()
  and not exists (select 1 from payments pa where pa.order_id = o.id and pa.status in ('pending', 'ambiguous', 'complete')))`;
