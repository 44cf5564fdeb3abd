import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const notificationStatus = pgEnum('notification_status', ['pending', 'sending', 'sent', 'logged', 'failed']);

/** The outbox: rows written in the same transaction as the change, sent later by the dispatcher. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id),
    toEmail: text().notNull(),
    template: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    // The reader's language when it was written (lib/notifications/locale.ts), so it is sent in it.
    locale: text({ enum: ['en', 'ne'] }).notNull().default('en'),
    status: notificationStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    providerMessageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notifications_due_idx').on(t.status, t.nextAttemptAt), index('notifications_created_idx').on(t.createdAt.desc())],
);

/** Why a gateway refused an SMS, in words staff can act on (lib/notifications/sms/gateway.ts). */
export const smsErrorKind = pgEnum('sms_error_kind', ['bad_number', 'no_credit', 'invalid_ip', 'rate_limited', 'bad_credentials', 'gateway_error']);
export type SmsErrorKind = (typeof smsErrorKind.enumValues)[number];

/**
 * The SMS side of the outbox: written in the transaction of the change, sent by the same
 * dispatcher run as email. The text is rendered when written so its segments are known and kept.
 */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id),
    // Ten digits, 97/98…, as lib/validation stores a Nepali mobile.
    toPhone: text().notNull(),
    template: text().notNull(),
    locale: text({ enum: ['en', 'ne'] }).notNull(),
    text: text().notNull(),
    encoding: text({ enum: ['gsm7', 'ucs2'] }).notNull(),
    segments: integer().notNull(),
    status: notificationStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    errorKind: smsErrorKind(),
    provider: text(),
    providerMessageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('sms_messages_due_idx').on(t.status, t.nextAttemptAt), index('sms_messages_created_idx').on(t.createdAt.desc()), index('sms_messages_phone_idx').on(t.toPhone, t.createdAt)],
);

/**
 * One-time codes that prove a shopper holds a mobile number. Only a hash of the code is kept;
 * a code lives five minutes and allows three tries (lib/auth/phone-verification.ts).
 */
export const phoneVerificationCodes = pgTable(
  'phone_verification_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    phone: text().notNull(),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('phone_verification_codes_user_idx').on(t.userId, t.createdAt)],
);
