import { hasDayPassed } from '@/lib/nepal-time';

/** Statuses in which an order has used up (part of) its prescription's coverage. */
export const CONSUMING_ORDER_STATUSES = ['confirmed', 'packed', 'dispatched', 'delivered'] as const;

export type ShownStatus = 'pending' | 'approved' | 'rejected' | 'expired';

/** An approved prescription past its validity date is shown, and treated, as expired. */
export function shownStatus(status: string, validUntil: string | null, today: string): ShownStatus {
  if (status === 'approved' && validUntil !== null && hasDayPassed(validUntil, today)) return 'expired';
  return status as ShownStatus;
}
