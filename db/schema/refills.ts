import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { orders } from './orders';
import { patients } from './patients';
import { users } from './users';

export const REFILL_STATUSES = ['active', 'paused', 'stopped'] as const;
export type RefillStatus = (typeof REFILL_STATUSES)[number];

/**
 * When a long-term medicine an account buys runs out (lib/refills): set from the latest delivered
 * order of it, one row per account and product. A scheduled job emails a reminder a few days
 * before; the shopper pauses or stops it on the account page.
 */
export const refillReminders = pgTable(
  'refill_reminders',
  {
    id: serial().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: integer()
      .notNull()
      .references(() => products.id),
    patientId: uuid().references(() => patients.id),
    lastOrderId: uuid()
      .notNull()
      .references(() => orders.id),
    quantity: integer().notNull(),
    supplyDays: integer().notNull(),
    // Nepal days.
    runsOutOn: date().notNull(),
    remindOn: date().notNull(),
    status: text({ enum: REFILL_STATUSES }).notNull().default('active'),
    remindedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('refill_reminders_user_product_unique').on(t.userId, t.productId),
    index('refill_reminders_due_idx').on(t.remindOn).where(sql`${t.status} = 'active' and ${t.remindedAt} is null`),
    check('refill_reminders_status_known', sql`${t.status} in ('active', 'paused', 'stopped')`),
    check('refill_reminders_supply_positive', sql`${t.quantity} > 0 and ${t.supplyDays} > 0`),
  ],
);
