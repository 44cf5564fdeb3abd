import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const sessionEndReason = pgEnum('session_end_reason', [
  'signed_out',
  'signed_out_elsewhere',
  'replaced',
  'idle',
  'password_changed',
  'password_reset',
  'two_factor_reset',
  'role_changed',
  'disabled',
  // An API refresh token was presented a second time (lib/api/tokens): a copy is loose.
  'refresh_token_reused',
]);
export type SessionEndReason = (typeof sessionEndReason.enumValues)[number];

/**
 * One row per signed-in browser (lib/auth/sessions). The cookie carries a random token; only its
 * SHA-256 is stored, so a read of this table cannot be replayed as a cookie.
 */
export const sessions = pgTable(
  'sessions',
  {
    // The public handle the account page signs a device out by; never enough to act as the session.
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Staff need a verified second factor; it belongs to this browser's session, not the account.
    twoFactorVerified: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
    ip: text(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: sessionEndReason(),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_open_idx').on(t.userId, t.lastSeenAt).where(sql`${t.revokedAt} is null`),
    index('sessions_expires_idx').on(t.expiresAt),
    // With sessions_expires_idx, lets the pruning job find ended rows without scanning the table.
    index('sessions_revoked_idx').on(t.revokedAt).where(sql`${t.revokedAt} is not null`),
  ],
);
