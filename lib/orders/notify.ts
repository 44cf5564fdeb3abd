import 'server-only';
import type { Transaction } from '@/db/client';
import { notifications } from '@/db/schema';

export type OrderTemplate = 'order-received' | 'order-cancelled' | 'order-dispatched';

/**
 * Writes an order email to the outbox inside the caller's transaction, so the email exists if
 * and only if the change it describes committed.
 */
export async function notifyOrder(
  tx: Transaction,
  message: { userId: string; toEmail: string; template: OrderTemplate; payload: Record<string, unknown> },
): Promise<void> {
  await tx.insert(notifications).values(message);
}
