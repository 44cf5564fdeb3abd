import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { inventoryBatches } from './inventory';
import { patients } from './patients';
import { users, userRole } from './users';

export const orderStatus = pgEnum('order_status', [
  'pending_payment',
  'awaiting_prescription',
  'confirmed',
  'packed',
  'dispatched',
  'delivered',
  'cancelled',
]);
export const paymentStatus = pgEnum('payment_status', ['unpaid', 'paid', 'refund_due', 'refunded']);
export const paymentMethod = pgEnum('payment_method', ['esewa', 'cod', 'khalti']);

export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];
export type PaymentMethod = (typeof paymentMethod.enumValues)[number];

/** The delivery address as it was when the order was placed. */
export type AddressSnapshot = {
  recipientName: string;
  phone: string;
  province: string;
  district: string;
  municipality: string;
  ward: number;
  street: string;
  landmark: string | null;
};

export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    status: orderStatus().notNull(),
    paymentStatus: paymentStatus().notNull().default('unpaid'),
    paymentMethod: paymentMethod().notNull(),
    subtotalPaisa: integer().notNull(),
    deliveryFeePaisa: integer().notNull(),
    totalPaisa: integer().notNull(),
    address: jsonb().$type<AddressSnapshot>().notNull(),
    deliveryNotes: text(),
    // One checkout submission makes one order: a double click or refresh reuses the key.
    checkoutKey: text().notNull(),
    // Unpaid eSewa orders stop holding stock after this moment.
    expiresAt: timestamp({ withTimezone: true }),
    courier: text(),
    trackingNote: text(),
    cancelReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_unique').on(t.number),
    uniqueIndex('orders_user_checkout_key_unique').on(t.userId, t.checkoutKey),
    index('orders_user_created_idx').on(t.userId, t.createdAt.desc()),
    index('orders_status_created_idx').on(t.status, t.createdAt),
    index('orders_expires_idx').on(t.expiresAt).where(sql`${t.status} = 'pending_payment'`),
    check('orders_amounts_non_negative', sql`${t.subtotalPaisa} >= 0 and ${t.deliveryFeePaisa} >= 0`),
    check('orders_total_is_sum', sql`${t.totalPaisa} = ${t.subtotalPaisa} + ${t.deliveryFeePaisa}`),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: serial().primaryKey(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: integer()
      .notNull()
      .references(() => products.id),
    productName: text().notNull(),
    genericName: text().notNull(),
    strength: text().notNull(),
    requiresPrescription: boolean().notNull(),
    unitPricePaisa: integer().notNull(),
    quantity: integer().notNull(),
    lineTotalPaisa: integer().notNull(),
    // Whom a prescription-only line is for, chosen at checkout (lib/patients); null on other lines and older orders.
    patientId: uuid().references(() => patients.id),
  },
  (t) => [
    index('order_items_order_idx').on(t.orderId),
    index('order_items_product_idx').on(t.productId),
    index('order_items_patient_idx').on(t.patientId).where(sql`${t.patientId} is not null`),
    check('order_items_quantity_positive', sql`${t.quantity} > 0`),
    check('order_items_price_positive', sql`${t.unitPricePaisa} > 0`),
    check('order_items_line_total', sql`${t.lineTotalPaisa} = ${t.unitPricePaisa} * ${t.quantity}`),
  ],
);

export const orderItemAllocations = pgTable(
  'order_item_allocations',
  {
    id: serial().primaryKey(),
    orderItemId: integer()
      .notNull()
      .references(() => orderItems.id, { onDelete: 'cascade' }),
    batchId: integer()
      .notNull()
      .references(() => inventoryBatches.id),
    quantity: integer().notNull(),
    // Set when the stock went back to the batch (cancellation or expiry).
    releasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('order_item_allocations_item_idx').on(t.orderItemId),
    index('order_item_allocations_batch_idx').on(t.batchId),
    check('order_item_allocations_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export const orderEvents = pgTable(
  'order_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    fromStatus: orderStatus(),
    toStatus: orderStatus(),
    fromPaymentStatus: paymentStatus(),
    toPaymentStatus: paymentStatus(),
    actorId: uuid().references(() => users.id),
    actorRole: userRole(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt)],
);
