import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { inventoryBatches } from './inventory';
import { orders } from './orders';
import { users } from './users';

// Its own file because a movement points at both a batch and an order, while orders point at batches:
// with the ledger beside the batches, inventory and orders imported each other.
export const stockMovementReason = pgEnum('stock_movement_reason', [
  'receive',
  'sale',
  'cancel_restock',
  'expiry_release',
  'adjustment',
  'write_off',
]);

// The ledger: the sum of quantity_change per batch equals the batch's on-hand quantity.
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    productId: integer()
      .notNull()
      .references(() => products.id),
    batchId: integer()
      .notNull()
      .references(() => inventoryBatches.id),
    quantityChange: integer().notNull(),
    reason: stockMovementReason().notNull(),
    orderId: uuid().references(() => orders.id),
    actorId: uuid().references(() => users.id),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stock_movements_product_idx').on(t.productId, t.createdAt),
    index('stock_movements_batch_idx').on(t.batchId),
    index('stock_movements_order_idx').on(t.orderId),
    check('stock_movements_change_non_zero', sql`${t.quantityChange} <> 0`),
  ],
);
