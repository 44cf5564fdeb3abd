import 'server-only';
import type { Transaction } from '@/db/client';
import { notifyShopper } from '@/lib/notifications/notify-shopper';
import type { OrderDeliveredPayload } from '@/lib/notifications/templates/order-delivered';
import type { OrderCancelledPayload } from '@/lib/notifications/templates/order-cancelled';
import type { OrderDispatchedPayload } from '@/lib/notifications/templates/order-dispatched';
import type { OrderReceivedPayload } from '@/lib/notifications/templates/order-received';
import type { PrescriptionHoldExpiredPayload } from '@/lib/notifications/templates/prescription-hold-expired';

type OrderEmail =
  | { template: 'order-received'; payload: OrderReceivedPayload }
  | { template: 'order-cancelled'; payload: OrderCancelledPayload }
  | { template: 'order-dispatched'; payload: OrderDispatchedPayload }
  | { template: 'order-delivered'; payload: OrderDeliveredPayload }
  | { template: 'prescription-hold-expired'; payload: PrescriptionHoldExpiredPayload };

/**
 * Writes an order update to the outbox (email and SMS, as the shopper chose) inside the caller's
 * transaction, so it exists if and only if the change it describes committed.
 */
export async function notifyOrder(tx: Transaction, message: { userId: string; toEmail: string } & OrderEmail): Promise<void> {
  await notifyShopper(tx, message as Parameters<typeof notifyShopper>[1]);
}
