import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';
import { users } from './users';

/** Estimated delivery days to one district, as the admin set them. */
export type DeliveryDays = { min: number; max: number };

/**
 * The pharmacy's trust details an admin keeps at /admin/settings: one row (id 1), absent until an
 * admin first saves it, so nothing (an invoice above all) ever prints a made-up licence number.
 */
export const shopSettings = pgTable(
  'shop_settings',
  {
    id: smallint().primaryKey().default(1),
    pharmacyName: text().notNull(),
    ddaLicenceNumber: text().notNull(),
    panNumber: text().notNull(),
    address: text().notNull(),
    phone: text().notNull(),
    email: text().notNull(),
    pharmacistName: text().notNull(),
    pharmacistRegistration: text().notNull(),
    // The same in Devanagari for Nepali pages (issue 15); null falls back to the English above. The
    // invoice keeps the registered (English) name and address.
    pharmacyNameNe: text(),
    addressNe: text(),
    pharmacistNameNe: text(),
    // District name (lib/geo/nepal.ts) → estimated days; a district left out is not delivered to.
    deliveryDays: jsonb().$type<Record<string, DeliveryDays>>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [check('shop_settings_single_row', sql`${t.id} = 1`)],
);

/** The last invoice sequence used in each Nepal fiscal year ('2082/83'); its row lock orders concurrent issues. */
export const invoiceCounters = pgTable('invoice_counters', {
  fiscalYear: text().primaryKey(),
  lastSequence: integer().notNull(),
});

/** The pharmacy's details as printed on an invoice when it was issued; later edits do not rewrite it. */
export type InvoiceSeller = {
  pharmacyName: string;
  ddaLicenceNumber: string;
  panNumber: string;
  address: string;
  phone: string;
  email: string;
  pharmacistName: string;
  pharmacistRegistration: string;
  // In Devanagari, for a sheet printed in Nepali; invoices issued before 0027 have none.
  pharmacyNameNe?: string | null;
  addressNe?: string | null;
  pharmacistNameNe?: string | null;
};

/** One tax invoice per order, numbered without gaps within a fiscal year (restarting on 1 Shrawan). */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .unique()
      .references(() => orders.id, { onDelete: 'restrict' }),
    fiscalYear: text().notNull(),
    sequence: integer().notNull(),
    number: text().notNull().unique(),
    seller: jsonb().$type<InvoiceSeller>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [unique('invoices_fiscal_year_sequence').on(t.fiscalYear, t.sequence), check('invoices_sequence_positive', sql`${t.sequence} > 0`)],
);
