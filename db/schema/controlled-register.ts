import { bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { products } from './catalog';
import { orderItems, orders } from './orders';
import { patients } from './patients';
import { prescriptions } from './prescriptions';
import { users } from './users';

/** A batch as it left the pharmacy for one register entry. */
export type DispensedBatch = { batchNumber: string; expiryDate: string; quantity: number };

/**
 * The controlled-medicine register (issue 20): one row for each controlled order line, written in
 * the dispatch transaction (lib/controlled/register.ts). Names are copied as they were that day, so
 * the register still reads true when a patient, product or user is renamed later. Append-only.
 */
export const controlledRegister = pgTable(
  'controlled_register',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    orderItemId: integer()
      .notNull()
      .references(() => orderItems.id),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    orderNumber: text().notNull(),
    // The Nepal day of dispatch, for the inspector's date filters.
    dispensedOn: date().notNull(),
    dispensedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    patientId: uuid().references(() => patients.id),
    patientName: text().notNull(),
    prescriptionId: uuid()
      .notNull()
      .references(() => prescriptions.id),
    prescriberName: text().notNull(),
    prescriberNmcNumber: text().notNull(),
    productId: integer()
      .notNull()
      .references(() => products.id),
    productName: text().notNull(),
    genericName: text().notNull(),
    quantity: integer().notNull(),
    batches: jsonb().$type<DispensedBatch[]>().notNull(),
    // The pharmacist who approved the prescription, and the staff member who dispatched the order.
    pharmacistId: uuid().references(() => users.id),
    pharmacistName: text().notNull(),
    dispatchedById: uuid().references(() => users.id),
    dispatchedByName: text(),
  },
  (t) => [
    uniqueIndex('controlled_register_order_item_unique').on(t.orderItemId),
    index('controlled_register_dispensed_idx').on(t.dispensedOn, t.id),
    check('controlled_register_quantity_positive', sql`${t.quantity} > 0`),
  ],
);
