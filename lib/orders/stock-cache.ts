import 'server-only';
import { revalidateProduct } from '@/lib/catalog/cache';
import { logger } from '@/lib/observability/logger';

/**
 * After an order commits (or is cancelled), the catalog's cached stock for those products is
 * stale. Call from server actions and route handlers only; a failure here never undoes the order.
 */
export async function expireCachedStock(productIds: readonly number[]): Promise<void> {
  try {
    for (const id of new Set(productIds)) await revalidateProduct(id, 'stock');
  } catch (error) {
    logger.warn({ err: error }, 'could not expire cached stock');
  }
}
