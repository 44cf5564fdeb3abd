import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Outgoing webhooks (lib/webhooks): an admin registers a partner's URL for some events; each event
 * becomes one delivery row per subscribed, enabled endpoint, written in the transaction of the
 * change, and the outbox dispatcher POSTs it signed (Standard Webhooks). The signing secret is kept
 * encrypted, since we must sign with it again; it is shown to the admin once.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid().primaryKey().defaultRandom(),
    url: text().notNull(),
    description: text().notNull().default(''),
    events: text().array().notNull(),
    secretEncrypted: text().notNull(),
    enabled: boolean().notNull().default(true),
    disabledReason: text(),
    disabledAt: timestamp({ withTimezone: true }),
    // Counted since the last successful delivery; a success resets both.
    consecutiveFailures: integer().notNull().default(0),
    failingSince: timestamp({ withTimezone: true }),
    lastSuccessAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_created_idx').on(t.createdAt)],
);

export const webhookDeliveryState = pgEnum('webhook_delivery_state', ['pending', 'sending', 'delivered', 'failed']);
export type WebhookDeliveryState = (typeof webhookDeliveryState.enumValues)[number];

/** One event for one endpoint; `eventId` is the `webhook-id` the receiver deduplicates on (a replay keeps it). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text().notNull(),
    eventType: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    state: webhookDeliveryState().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastResponseCode: integer(),
    lastError: text(),
    // Each attempt's outcome, oldest first: [{ at, code, error, ms }].
    attemptLog: jsonb().$type<WebhookAttempt[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.state, t.nextAttemptAt),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt.desc()),
    uniqueIndex('webhook_deliveries_endpoint_event_unique').on(t.endpointId, t.eventId),
  ],
);

export type WebhookAttempt = { at: string; code: number | null; error: string | null; ms: number };
