import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, pgEnum, pgTable, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { users } from './users';
import { orders } from './orders';

export const inventoryBatches = pgTable(
  'inventory_batches',
  {
    id: serial().primaryKey(),
    productId: integer()
      .notNull()
      .references(() => products.id),
    batchNumber: text().notNull(),
    // Sellable through the end of this day; expired batches are never allocated.
    expiryDate: date().notNull(),
    quantity: integer().notNull(),
    costPaisa: integer(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('inventory_batches_product_batch_unique').on(t.productId, t.batchNumber),
    index('inventory_batches_product_expiry_idx').on(t.productId, t.expiryDate),
    index('inventory_batches_expiry_idx').on(t.expiryDate),
    check('inventory_batches_quantity_non_negative', sql`${t.quantity} >= 0`),
    check('inventory_batches_cost_non_negative', sql`${t.costPaisa} is null or ${t.costPaisa} >= 0`),
  ],
);

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
