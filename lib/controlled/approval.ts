import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { orderItems, orderPrescriptions, products } from '@/db/schema';
import { PrescriberRequiredError } from './errors';

export type RecordedPrescriber = { name: string | null; nmcNumber: string | null };

/**
 * The controlled medicines an approval touches: those it approves, and the prescription-only
 * lines of the orders linked to the prescription. Their names, for the refusal message.
 */
export async function controlledMedicinesInReview(tx: Database | Transaction, prescriptionId: string, approvedProductIds: number[]): Promise<string[]> {
  const linkedLines = tx
    .select({ productId: orderItems.productId })
    .from(orderItems)
    .innerJoin(orderPrescriptions, eq(orderPrescriptions.orderId, orderItems.orderId))
    .where(and(eq(orderPrescriptions.prescriptionId, prescriptionId), eq(orderItems.requiresPrescription, true)));
  const rows = await tx
    .selectDistinct({ brandName: products.brandName, strength: products.strength })
    .from(products)
    .where(and(eq(products.controlled, true), or(approvedProductIds.length ? inArray(products.id, approvedProductIds) : undefined, inArray(products.id, linkedLines))))
    .orderBy(products.brandName, products.strength);
  return rows.map((r) => `${r.brandName} ${r.strength}`.trim());
}

/** Refuses the approval (PrescriberRequiredError) when it touches a controlled medicine and the prescriber is not recorded. */
export async function assertPrescriberRecorded(tx: Transaction, prescriptionId: string, approvedProductIds: number[], prescriber: RecordedPrescriber): Promise<string[]> {
  const controlled = await controlledMedicinesInReview(tx, prescriptionId, approvedProductIds);
  if (controlled.length > 0 && (!prescriber.nmcNumber || !prescriber.name)) {
    throw new PrescriberRequiredError(controlled, { name: !prescriber.name, nmcNumber: !prescriber.nmcNumber });
  }
  return controlled;
}
