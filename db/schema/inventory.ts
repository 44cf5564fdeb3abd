import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { products } from './catalog';

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
