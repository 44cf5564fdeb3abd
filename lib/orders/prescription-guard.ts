import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { orderItems } from '@/db/schema';

/**
 * The one seam for prescription enforcement: may this order be confirmed, packed or dispatched?
 * The prescriptions module replaces the body with a real coverage check (approved, unexpired
 * prescriptions linked to the order covering every prescription-only line). Until then an order
 * with prescription-only lines is never covered, so it waits in `awaiting_prescription`.
 */
export async function hasPrescriptionCoverage(tx: Transaction, orderId: string): Promise<boolean> {
  const rxLines = await tx
    .select({ id: orderItems.id })
    .from(orderItems)
    .where(and(eq(orderItems.orderId, orderId), eq(orderItems.requiresPrescription, true)))
    .limit(1);
  return rxLines.length === 0;
}
