import 'server-only';
import { sql } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { stockTransaction, type StockTransaction } from '@/lib/inventory/change-stock';
import { lockBatches } from '@/lib/inventory/lock-batches';
import { heldBatchIds } from '@/lib/inventory/release-stock';
import { EXPIRED_UNPAID_ORDER } from './expired-hold';
import { transitionOrder } from './transitions';

const EXPIRY_NOTE = 'Payment was not completed in time.';

/**
 * Locks unpaid orders past their payment window. SKIP LOCKED: an order another transaction is
 * already expiring (or paying) is left to it rather than waited for.
 */
async function lockExpiredOrders(tx: Transaction, options: { productIds?: readonly number[]; limit: number }): Promise<string[]> {
  const holdsProduct =
    options.productIds && options.productIds.length > 0
      ? sql`and exists (
          select 1 from order_items i join order_item_allocations a on a.order_item_id = i.id
          where i.order_id = o.id and a.released_at is null
            and i.product_id in (${sql.join(options.productIds.map((id) => sql`${id}`), sql`, `)}))`
      : sql``;
  const rows = await tx.execute<{ id: string }>(sql`
    select o.id from orders o
    where ${EXPIRED_UNPAID_ORDER} ${holdsProduct}
    order by o.expires_at, o.id
    limit ${options.limit}
    for update of o skip locked`);
  return rows.map((r) => r.id);
}

/** Cancels already-locked expired orders, taking all their batch locks first in the fixed order. */
async function cancelExpired(tx: StockTransaction, orderIds: readonly string[], alsoLockProducts: readonly number[] = []): Promise<void> {
  await lockBatches(tx, alsoLockProducts, await heldBatchIds(tx, orderIds));
  for (const orderId of orderIds) {
    await transitionOrder(tx, { orderId, to: 'cancelled', actor: null, note: EXPIRY_NOTE, restockReason: 'expiry_release' });
  }
}

/**
 * Inside placeOrder: stock held by unpaid orders past their window counts as available, so those
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
export async function sweepExpiredOrders(options: { limit?: number } = {}): Promise<{ expired: number }> {
  const limit = options.limit ?? 500;
  let expired = 0;
  while (expired < limit) {
    const done = await stockTransaction(db, async (tx) => {
      const [orderId] = await lockExpiredOrders(tx, { limit: 1 });
      if (!orderId) return false;
      await cancelExpired(tx, [orderId]);
      return true;
    });
    if (!done) break;
    expired += 1;
  }
  return { expired };
}
