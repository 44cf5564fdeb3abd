import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { products } from '@/db/schema';
import { DomainError } from '@/lib/errors';

/** The checkout form's prescription field: one uploaded or chosen prescription, or none. */
export const checkoutPrescriptionSchema = z.object({
  prescriptionId: z
    .union([z.uuid({ error: 'Choose or upload a prescription.' }), z.literal('')])
    .optional()
    .transform((v) => (v ? v : null)),
});

export class PrescriptionMissingError extends DomainError {
  constructor() {
    super('Your cart has prescription-only medicines: upload a prescription or choose one you already have.', {
      prescriptionId: ['Upload a prescription or choose one you already have.'],
    });
  }
}

/** True when any of these products needs a prescription. */
export async function needsPrescription(productIds: number[], database: Database = db): Promise<boolean> {
  if (productIds.length === 0) return false;
  const rows = await database
    .select({ id: products.id })
    .from(products)
    .where(and(inArray(products.id, productIds), eq(products.requiresPrescription, true)))
    .limit(1);
  return rows.length > 0;
}

/** Refuses a checkout with prescription-only lines and no prescription, before any order is made. */
export async function assertPrescriptionProvided(productIds: number[], prescriptionId: string | null, database: Database = db): Promise<void> {
  if (!prescriptionId && (await needsPrescription(productIds, database))) throw new PrescriptionMissingError();
}
