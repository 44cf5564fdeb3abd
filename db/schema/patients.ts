import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const PATIENT_RELATIONSHIPS = ['self', 'spouse', 'parent', 'child', 'sibling', 'grandparent', 'other'] as const;
export type PatientRelationship = (typeof PATIENT_RELATIONSHIPS)[number];
export const PATIENT_SEXES = ['female', 'male', 'other'] as const;
export type PatientSex = (typeof PATIENT_SEXES)[number];

/**
 * The people an account buys medicines for (lib/patients): the pharmacist reads their age,
 * allergies and long-term conditions at review. Removing one only archives it, so the
 * prescriptions and order lines that name it keep their patient.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relationship: text({ enum: PATIENT_RELATIONSHIPS }).notNull(),
    name: text().notNull(),
    // Null until given; when only an age was given it is that many years before the day it was entered.
    birthDate: date(),
    birthDateEstimated: boolean().notNull().default(false),
    sex: text({ enum: PATIENT_SEXES }),
    // Free text as the shopper wrote it ("penicillin, sulfa"); lib/safety matches it against medicines.
    allergies: text().notNull().default(''),
    conditions: text().notNull().default(''),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patients_user_idx').on(t.userId, t.createdAt),
    // One "self" per account, made from the account's name the first time it is needed.
    uniqueIndex('patients_one_self_per_user').on(t.userId).where(sql`${t.relationship} = 'self'`),
    check('patients_relationship_known', sql`${t.relationship} in ('self', 'spouse', 'parent', 'child', 'sibling', 'grandparent', 'other')`),
    check('patients_sex_known', sql`${t.sex} is null or ${t.sex} in ('female', 'male', 'other')`),
  ],
);
