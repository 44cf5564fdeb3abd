import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['customer', 'pharmacist', 'admin']);
export type UserRole = (typeof userRole.enumValues)[number];

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased and trimmed; the unique index makes the email the login name.
    email: text().notNull(),
    name: text().notNull(),
    phone: text(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default('customer'),
    // AES-256-GCM ciphertext (lib/auth/totp); null until enrolment is confirmed.
    totpSecretEncrypted: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    totpRecoveryCodeHashes: text().array().notNull().default(sql`'{}'::text[]`),
    // The 30-second TOTP step of the last code accepted (lib/auth/two-factor): that code and every
    // earlier one are refused after. In the row, not Redis, so replay stays impossible in an outage.
    totpLastUsedStep: integer(),
    disabledAt: timestamp({ withTimezone: true }),
    // Set when the owner opened the link emailed to this address; checkout needs it (lib/auth/email-verification).
    emailVerifiedAt: timestamp({ withTimezone: true }),
    // Set when the owner typed the code sent by SMS to `phone` (lib/auth/phone-verification.ts); cleared when the number changes.
    phoneVerifiedAt: timestamp({ withTimezone: true }),
    // The language of the shopper's emails, SMS and push (lib/notifications/locale.ts), chosen on the account page.
    locale: text({ enum: ['en', 'ne'] }).notNull().default('en'),
    // Channels for order updates; security messages (codes, reset links) go whatever these say.
    orderUpdatesByEmail: boolean().notNull().default(true),
    orderUpdatesBySms: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_role_idx').on(t.role), check('users_locale_known', sql`${t.locale} in ('en', 'ne')`)],
);

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // SHA-256 of the token sent by email; the token itself is never stored.
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('password_reset_tokens_hash_unique').on(t.tokenHash), index('password_reset_tokens_user_idx').on(t.userId)],
);

export const emailVerificationTokens = pgTable(
  'email_verification_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // SHA-256 of the token in the emailed link; the token itself is never stored.
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('email_verification_tokens_hash_unique').on(t.tokenHash), index('email_verification_tokens_user_idx').on(t.userId)],
);

/**
 * One-time links an admin issues so a staff member can set up two-factor the first time (and
 * after a reset): a password alone never enrols a staff account.
 */
export const staffEnrolmentLinks = pgTable(
  'staff_enrolment_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // SHA-256 of the token in the link; the token itself is never stored.
    tokenHash: text().notNull(),
    issuedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    // Set when a newer link replaces this one before it was used.
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_enrolment_links_hash_unique').on(t.tokenHash), index('staff_enrolment_links_user_idx').on(t.userId)],
);

export const addresses = pgTable(
  'addresses',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    label: text().notNull().default('Home'),
    recipientName: text().notNull(),
    phone: text().notNull(),
    province: text().notNull(),
    district: text().notNull(),
    municipality: text().notNull(),
    ward: integer().notNull(),
    street: text().notNull(),
    landmark: text(),
    isDefault: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('addresses_user_idx').on(t.userId),
    // At most one default address per user.
    uniqueIndex('addresses_one_default_per_user').on(t.userId).where(sql`${t.isDefault}`),
    check('addresses_ward_range', sql`${t.ward} between 1 and 40`),
  ],
);
