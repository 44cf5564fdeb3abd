import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { stockTransaction, type StockTransaction } from '@/lib/inventory/change-stock';
import { lockBatches } from '@/lib/inventory/lock-batches';
import { heldBatchIds } from '@/lib/inventory/release-stock';
import { EXPIRED_HOLD } from './expired-hold';
import { transitionOrder } from './transitions';

const EXPIRY_NOTE = 'Payment was not completed in time.';
const PRESCRIPTION_EXPIRY_NOTE = 'No approved prescription arrived in time.';

type ExpiredOrder = { id: string; status: string };

/**
 * Locks orders whose hold has ended: unpaid past the payment window, or still waiting for a
 * prescription past the deadline. SKIP LOCKED: an order another transaction is already expiring
 * (or paying, or approving) is left to it rather than waited for.
 */
async function lockExpiredOrders(tx: Transaction, options: { productIds?: readonly number[]; limit: number }): Promise<ExpiredOrder[]> {
  const holdsProduct =
    options.productIds && options.productIds.length > 0
      ? sql`and exists (
          select 1 from order_items i join order_item_allocations a on a.order_item_id = i.id
          where i.order_id = o.id and a.released_at is null
            and i.product_id in (${sql.join(options.productIds.map((id) => sql`${id}`), sql`, `)}))`
      : sql``;
  const rows = await tx.execute<ExpiredOrder>(sql`
    select o.id, o.status from orders o
    where ${EXPIRED_HOLD} ${holdsProduct}
    order by o.expires_at nulls last, o.id
    limit ${options.limit}
    for update of o skip locked`);
  return rows.map((r) => ({ id: r.id, status: r.status }));
}

/** Cancels already-locked expired orders, taking all their batch locks first in the fixed order. */
async function cancelExpired(tx: StockTransaction, expired: readonly ExpiredOrder[], alsoLockProducts: readonly number[] = []): Promise<void> {
  await lockBatches(tx, alsoLockProducts, await heldBatchIds(tx, expired.map((o) => o.id)));
  for (const order of expired) {
    const prescription = order.status === 'awaiting_prescription';
    // A paid order becomes refund_due through the transition table; the shopper is told why.
    await transitionOrder(tx, {
      orderId: order.id,
      to: 'cancelled',
      actor: null,
      note: prescription ? PRESCRIPTION_EXPIRY_NOTE : EXPIRY_NOTE,
      restockReason: 'expiry_release',
      ...(prescription ? { cancelNotice: 'prescription-hold-expired' as const } : {}),
    });
  }
}

/**
 * Inside placeOrder: stock held by orders whose hold has ended counts as available, so those
 * orders are expired on the spot. Returns true when something was released (batches re-read).
 */
export async function expireOrdersHoldingProducts(tx: StockTransaction, productIds: readonly number[]): Promise<boolean> {
  const expired = await lockExpiredOrders(tx, { productIds, limit: 50 });
  if (expired.length === 0) return false;
  await cancelExpired(tx, expired, productIds);
  return true;
}

/**
 * The cron sweep: one short transaction per order so a long backlog never blocks checkout; each
 * commit expires the cached stock of that order's products.
 */
export async function sweepExpiredOrders(options: { limit?: number; database?: Database } = {}): Promise<{ expired: number }> {
  const limit = options.limit ?? 500;
  const database = options.database ?? db;
  let expired = 0;
  while (expired < limit) {
    const done = await stockTransaction(database, async (tx) => {
      const [order] = await lockExpiredOrders(tx, { limit: 1 });
      if (!order) return false;
      await cancelExpired(tx, [order]);
      return true;
    });
    if (!done) break;
    expired += 1;
  }
  return { expired };
}
