import { sql, type SQL } from 'drizzle-orm';

/**
 * What a shopper is told about stock. Only batches that are still sellable count: a batch is
 * sellable through the end of its expiry date, in Nepal time, and expired stock is never sold.
 */
export type StockState =
  | { status: 'in_stock'; available: number }
  | { status: 'low_stock'; available: number }
  | { status: 'out_of_stock'; available: 0 };

/** At or below this many sellable units the page says "only N left". */
export const LOW_STOCK_THRESHOLD = 10;

export function stockStateFor(available: number): StockState {
  if (!Number.isFinite(available) || available <= 0) return { status: 'out_of_stock', available: 0 };
  if (available <= LOW_STOCK_THRESHOLD) return { status: 'low_stock', available };
  return { status: 'in_stock', available };
}

export function describeStock(state: StockState): string {
  if (state.status === 'out_of_stock') return 'Out of stock';
  if (state.status === 'low_stock') return `Only ${state.available} left`;
  return 'In stock';
}

/** Sellable units of the product whose id is `productId` (a column or value), as of `today`. */
export function sellableQuantitySql(productId: SQL, today: string): SQL<number> {
  return sql<number>`(select coalesce(sum(b.quantity), 0)::int from inventory_batches b where b.product_id = ${productId} and b.expiry_date >= ${today}::date and b.quantity > 0)`;
}

/** True when the product has at least one sellable unit as of `today`. */
export function hasSellableStockSql(productId: SQL, today: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from inventory_batches b where b.product_id = ${productId} and b.expiry_date >= ${today}::date and b.quantity > 0)`;
}
