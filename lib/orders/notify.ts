import 'server-only';
import type { Transaction } from '@/db/client';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import type { OrderCancelledPayload } from '@/lib/notifications/templates/order-cancelled';
import type { OrderDispatchedPayload } from '@/lib/notifications/templates/order-dispatched';
import type { OrderReceivedPayload } from '@/lib/notifications/templates/order-received';
import type { PrescriptionHoldExpiredPayload } from '@/lib/notifications/templates/prescription-hold-expired';

type OrderEmail =
  | { template: 'order-received'; payload: OrderReceivedPayload }
  | { template: 'order-cancelled'; payload: OrderCancelledPayload }
  | { template: 'order-dispatched'; payload: OrderDispatchedPayload }
  | { template: 'prescription-hold-expired'; payload: PrescriptionHoldExpiredPayload };

/**
 * Writes an order email to the outbox inside the caller's transaction, so the email exists if
 * and only if the change it describes committed.
 */
export async function notifyOrder(tx: Transaction, message: { userId: string; toEmail: string } & OrderEmail): Promise<void> {
  await enqueueNotification(tx, message as Parameters<typeof enqueueNotification>[1]);
}
