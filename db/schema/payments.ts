import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';

export const paymentProvider = pgEnum('payment_provider', ['esewa', 'khalti', 'cod']);
export const paymentAttemptStatus = pgEnum('payment_attempt_status', [
  'initiated',
  'pending',
  'ambiguous',
  'complete',
  'failed',
  'canceled',
  'not_found',
  'full_refund',
  'partial_refund',
]);
export type PaymentAttemptStatus = (typeof paymentAttemptStatus.enumValues)[number];

/** One attempt to pay an order; a retry is a new row with a new transaction uuid. */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    provider: paymentProvider().notNull(),
    // Our id for the attempt: eSewa's transaction_uuid, Khalti's purchase_order_id.
    transactionUuid: text().notNull(),
    // The provider's own id for the payment session, given at start (Khalti's pidx); lookups use it.
    providerSessionId: text(),
    // Where the shopper pays that session (Khalti's payment_url), so a second click reuses it.
    providerPaymentUrl: text(),
    // When the provider stops accepting payment for this session (Khalti's expires_at).
    providerExpiresAt: timestamp({ withTimezone: true }),
    // eSewa's transaction code / ref id; unique so one payment can never settle two orders.
    providerReference: text(),
    amountPaisa: integer().notNull(),
    // The exact amount string signed and posted to the provider.
    amountSigned: text(),
    status: paymentAttemptStatus().notNull().default('initiated'),
    rawVerifiedPayload: jsonb(),
    lastStatusCheck: jsonb(),
    lastCheckedAt: timestamp({ withTimezone: true }),
    refundedPaisa: integer().notNull().default(0),
    refundReference: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payments_transaction_uuid_unique').on(t.transactionUuid),
    uniqueIndex('payments_provider_reference_unique').on(t.provider, t.providerReference),
    uniqueIndex('payments_provider_session_unique').on(t.provider, t.providerSessionId),
    index('payments_order_idx').on(t.orderId),
    index('payments_open_idx').on(t.createdAt).where(sql`${t.status} in ('initiated', 'pending', 'ambiguous')`),
    check('payments_amount_positive', sql`${t.amountPaisa} > 0`),
    check('payments_refund_within_amount', sql`${t.refundedPaisa} between 0 and ${t.amountPaisa}`),
  ],
);
