import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { orderPrescriptions, orders, prescriptions } from '@/db/schema';
import { nepalToday } from '@/lib/nepal-time';
import { PrescriptionNotUsableError } from './errors';
import { shownStatus } from './status';

/**
 * Links the shopper's own prescriptions (pending, or approved and unexpired) to their order, in
 * the checkout's transaction. Anything else is refused, so nobody borrows another account's file.
 */
export async function linkPrescriptionsToOrder(tx: Transaction, input: { userId: string; orderId: string; prescriptionIds: string[] }): Promise<void> {
  const ids = [...new Set(input.prescriptionIds)];
  if (ids.length === 0) return;
  const [order] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.id, input.orderId), eq(orders.userId, input.userId)));
  if (!order) throw new PrescriptionNotUsableError();
  const rows = await tx
    .select({ id: prescriptions.id, status: prescriptions.status, validUntil: prescriptions.validUntil })
    .from(prescriptions)
    .where(and(eq(prescriptions.userId, input.userId), inArray(prescriptions.id, ids)));
  const today = nepalToday();
  const usable = rows.filter((r) => ['pending', 'approved'].includes(shownStatus(r.status, r.validUntil, today)));
  if (usable.length !== ids.length) throw new PrescriptionNotUsableError();
  await tx
    .insert(orderPrescriptions)
    .values(ids.map((prescriptionId) => ({ orderId: order.id, prescriptionId })))
    .onConflictDoNothing();
}
