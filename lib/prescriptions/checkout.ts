import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { orders, products } from '@/db/schema';
import { DomainError } from '@/lib/auth/errors';
import { transitionOrder } from '@/lib/orders/transitions';
import { coverageGaps } from './coverage';
import { linkPrescriptionsToOrder } from './link-order';

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

/**
 * After the order is placed: links the chosen prescription and, when it is already approved and
 * covers every prescription-only line, confirms the order straight away.
 */
export async function attachPrescriptionAtCheckout(
  input: { userId: string; orderId: string; prescriptionId: string | null },
  database: Database = db,
): Promise<void> {
  if (!input.prescriptionId) return;
  const prescriptionId = input.prescriptionId;
  await database.transaction(async (tx) => {
    await linkPrescriptionsToOrder(tx, { userId: input.userId, orderId: input.orderId, prescriptionIds: [prescriptionId] });
    const [order] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, input.orderId));
    if (order?.status === 'awaiting_prescription' && (await coverageGaps(tx, input.orderId)).length === 0) {
      await transitionOrder(tx, { orderId: input.orderId, to: 'confirmed', actor: null, note: 'Covered by an approved prescription' });
    }
  });
}
