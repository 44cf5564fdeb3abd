import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { notificationStatus } from './notifications';
import { users } from './users';

/**
 * A browser's Web Push subscription (lib/notifications/push/subscriptions.ts): the push service's
 * endpoint and the keys its messages are encrypted to (RFC 8291). One endpoint belongs to one
 * shopper; the push service answering 404 or 410 deletes it.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text().notNull(),
    // The browser's P-256 public key (65 bytes) and auth secret (16 bytes), base64url as the browser gives them.
    p256dh: text().notNull(),
    auth: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSuccessAt: timestamp({ withTimezone: true }),
    // Sends in a row that failed; a success resets it.
    failures: integer().notNull().default(0),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_unique').on(t.endpoint), index('push_subscriptions_user_idx').on(t.userId)],
);

/**
 * The push side of the outbox: one row per subscription, written in the transaction of the change
 * and sent by the dispatcher with email and SMS. A subscription deleted meanwhile leaves its rows
 * without one; they are given up on, never sent elsewhere.
 */
export const pushMessages = pgTable(
  'push_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id),
    subscriptionId: uuid().references(() => pushSubscriptions.id, { onDelete: 'set null' }),
    template: text().notNull(),
    locale: text({ enum: ['en', 'ne'] }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    // A path on the shop, opened when the notification is clicked.
    url: text().notNull(),
    status: notificationStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    // The push service's answer to the last try (201 accepted, 410 gone, …).
    lastStatusCode: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('push_messages_due_idx').on(t.status, t.nextAttemptAt), index('push_messages_created_idx').on(t.createdAt.desc())],
);
