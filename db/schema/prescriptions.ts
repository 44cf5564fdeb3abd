import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { orders } from './orders';
import { patients } from './patients';
import { users } from './users';

export const prescriptionStatus = pgEnum('prescription_status', ['pending', 'approved', 'rejected', 'expired']);
export const ocrStatus = pgEnum('ocr_status', ['queued', 'running', 'done', 'failed']);
export const rejectionReason = pgEnum('prescription_rejection_reason', [
  'unreadable',
  'expired',
  'not_valid',
  'medicine_not_prescribed',
  'other',
]);

export const prescriptions = pgTable(
  'prescriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    // Whom it is for, chosen at upload (lib/patients); null on prescriptions uploaded before patients existed.
    patientId: uuid().references(() => patients.id),
    status: prescriptionStatus().notNull().default('pending'),
    // Generated storage key; never the uploaded file name.
    fileKey: text().notNull(),
    // A PDF is kept as one image per page: fileKey is page 1, these are pages 2… in order.
    extraPageKeys: text().array().notNull().default(sql`'{}'::text[]`),
    fileStorage: text().notNull(),
    fileMime: text().notNull(),
    fileSize: integer().notNull(),
    fileSha256: text().notNull(),
    ocrStatus: ocrStatus().notNull().default('queued'),
    ocrText: text(),
    ocrConfidence: real(),
    ocrEngine: text(),
    ocrHints: jsonb(),
    ocrError: text(),
    // Staff-facing flags (same file from another account, reuse beyond approval).
    flags: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    reviewerId: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    validUntil: date(),
    messageToCustomer: text(),
    // Staff only: never selected into a shopper's DTO.
    internalNote: text(),
    rejectionReason: rejectionReason(),
    rejectionDetail: text(),
    // The prescriber as the pharmacist recorded them at review; the NMC number is digits only (lib/controlled/nmc.ts).
    prescriberName: text(),
    prescriberNmcNumber: text(),
    // When the pharmacist on duty was sent an SMS about this one waiting (lib/prescriptions/wait-alert.ts).
    waitAlertedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('prescriptions_user_idx').on(t.userId, t.createdAt.desc()),
    index('prescriptions_queue_idx').on(t.status, t.createdAt),
    index('prescriptions_sha_idx').on(t.fileSha256),
    index('prescriptions_prescriber_nmc_idx').on(t.prescriberNmcNumber).where(sql`${t.prescriberNmcNumber} is not null`),
    // The review's cross-account check looks prescriptions up by the NMC number OCR read, too.
    index('prescriptions_ocr_nmc_idx').using('btree', sql`(${t.ocrHints} ->> 'nmcNumber')`),
    index('prescriptions_ocr_queue_idx').on(t.createdAt).where(sql`${t.ocrStatus} in ('queued', 'running')`),
    check('prescriptions_file_size_positive', sql`${t.fileSize} > 0`),
  ],
);

/** What an approved prescription covers; orders consume `quantityUsed`. */
export const prescriptionItems = pgTable(
  'prescription_items',
  {
    id: serial().primaryKey(),
    prescriptionId: uuid()
      .notNull()
      .references(() => prescriptions.id, { onDelete: 'cascade' }),
    productId: integer()
      .notNull()
      .references(() => products.id),
    quantityApproved: integer().notNull(),
    quantityUsed: integer().notNull().default(0),
  },
  (t) => [
    index('prescription_items_prescription_idx').on(t.prescriptionId),
    check('prescription_items_approved_positive', sql`${t.quantityApproved} > 0`),
    check('prescription_items_used_within_approved', sql`${t.quantityUsed} between 0 and ${t.quantityApproved}`),
  ],
);

export const orderPrescriptions = pgTable(
  'order_prescriptions',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    prescriptionId: uuid()
      .notNull()
      .references(() => prescriptions.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.prescriptionId] }), index('order_prescriptions_prescription_idx').on(t.prescriptionId)],
);
