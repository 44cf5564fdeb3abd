import { z } from 'zod';
import type { OrderStatus, PaymentMethod, PaymentStatus } from '@/db/schema/orders';
import { isAllowedTransition } from '@/lib/orders/status-rules';

/**
 * The buttons on a staff order page. Which are offered is read from the orders engineer's
 * transition table; lib/orders/transitions.ts still decides (and refuses) when one is pressed.
 */
export type OrderStep = 'confirm' | 'pack' | 'dispatch' | 'deliver' | 'cancel' | 'cash_received';

export const STEP_TARGET: Readonly<Record<Exclude<OrderStep, 'cash_received'>, OrderStatus>> = {
  confirm: 'confirmed',
  pack: 'packed',
  dispatch: 'dispatched',
  deliver: 'delivered',
  cancel: 'cancelled',
};

export const STEP_LABELS: Readonly<Record<OrderStep, string>> = {
  confirm: 'Confirm',
  pack: 'Mark packed',
  dispatch: 'Dispatch',
  deliver: 'Mark delivered',
  cancel: 'Cancel order',
  cash_received: 'Cash received',
};

type OrderState = { status: OrderStatus; paymentStatus: PaymentStatus; paymentMethod: PaymentMethod };

export function allowedSteps(order: OrderState): OrderStep[] {
  const steps: OrderStep[] = [];
  // An eSewa order leaves pending_payment only when its payment settles, never by a button.
  if (order.status !== 'pending_payment' && isAllowedTransition(order.status, 'confirmed')) steps.push('confirm');
  if (isAllowedTransition(order.status, 'packed')) steps.push('pack');
  if (isAllowedTransition(order.status, 'dispatched')) steps.push('dispatch');
  if (isAllowedTransition(order.status, 'delivered')) steps.push('deliver');
  if (cashCanBeReceived(order)) steps.push('cash_received');
  if (isAllowedTransition(order.status, 'cancelled')) steps.push('cancel');
  return steps;
}

/** Cash is collected by the courier at the door, so only once the order has left. */
export function cashCanBeReceived(order: OrderState): boolean {
  return order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid' && (order.status === 'dispatched' || order.status === 'delivered');
}

const note = z.string().trim().max(500, 'Keep the note under 500 characters').optional();

export const orderStepSchema = z.discriminatedUnion('step', [
  z.object({ orderId: z.uuid(), step: z.literal('confirm'), note }),
  z.object({ orderId: z.uuid(), step: z.literal('pack'), note }),
  z.object({
    orderId: z.uuid(),
    step: z.literal('dispatch'),
    courier: z.string().trim().min(2, 'Name the courier').max(80, 'Keep the courier under 80 characters'),
    trackingNote: z.string().trim().max(300, 'Keep the tracking note under 300 characters').optional(),
  }),
  z.object({ orderId: z.uuid(), step: z.literal('deliver'), note }),
  z.object({ orderId: z.uuid(), step: z.literal('cancel'), reason: z.string().trim().min(3, 'Give the reason the shopper will see').max(500, 'Keep the reason under 500 characters') }),
  z.object({ orderId: z.uuid(), step: z.literal('cash_received'), note }),
]);
export type OrderStepInput = z.output<typeof orderStepSchema>;

