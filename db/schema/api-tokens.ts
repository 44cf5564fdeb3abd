import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './sessions';
import { users } from './users';

/**
 * Refresh tokens of the public API (lib/api/tokens). An app's sign-in is a row in `sessions`, like
 * a browser's; its refresh tokens hang off that row, one chain per sign-in (the "family"). Each is
 * used once: using it writes `used_at` and issues the next. Only the SHA-256 is stored. A used
 * token seen again means a copy exists elsewhere, so the whole session is revoked.
 */
export const apiRefreshTokens = pgTable(
  'api_refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_refresh_tokens_hash_unique').on(t.tokenHash), index('api_refresh_tokens_session_idx').on(t.sessionId)],
);

/**
 * The `Idempotency-Key` of an API checkout and a hash of the request it came with: the same key
 * with another body is refused instead of quietly answering with the first order.
 */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    requestHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('api_idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Partner API keys (lib/api/partner-keys.ts): an admin issues one to a partner (a delivery firm,
 * an insurer) with scopes such as `orders:read`. The key is shown once; only its SHA-256 is kept,
 * with the first characters for telling keys apart. Revoked keys stay, for the audit trail.
 */
export const partnerApiKeys = pgTable(
  'partner_api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    keyHash: text().notNull(),
    keyPrefix: text().notNull(),
    scopes: text().array().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('partner_api_keys_hash_unique').on(t.keyHash), index('partner_api_keys_created_idx').on(t.createdAt)],
);
