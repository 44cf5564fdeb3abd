import type { OrderStatus, PaymentStatus } from '@/db/schema';

/**
 * The order lifecycle (DESIGN.md). Anything not listed here is refused. Pure data, so client
 * components can ask "may this order be cancelled?" without a round trip.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['awaiting_prescription', 'confirmed', 'cancelled'],
  awaiting_prescription: ['confirmed', 'cancelled'],
  confirmed: ['packed', 'cancelled'],
  packed: ['dispatched', 'cancelled'],
  dispatched: ['delivered'],
  delivered: [],
  cancelled: [],
};

export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  unpaid: ['paid'],
  paid: ['refund_due'],
  refund_due: ['refunded'],
  refunded: [],
};

/** Statuses in which the pharmacy must hold a covering prescription for every Rx line. */
export const PRESCRIPTION_GATED: ReadonlySet<OrderStatus> = new Set(['confirmed', 'packed', 'dispatched']);

export function isAllowedTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function isAllowedPaymentTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return PAYMENT_TRANSITIONS[from].includes(to);
}

export function canBeCancelled(status: OrderStatus): boolean {
  return isAllowedTransition(status, 'cancelled');
}

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: 'Awaiting payment',
  awaiting_prescription: 'Awaiting prescription',
  confirmed: 'Confirmed',
  packed: 'Packed',
  dispatched: 'Dispatched',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  unpaid: 'Unpaid',
  paid: 'Paid',
  refund_due: 'Refund due',
  refunded: 'Refunded',
};
