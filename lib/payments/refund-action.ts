'use server';

import { staffAction } from '@/lib/auth/action';
import { recordRefund, recordRefundSchema } from './refunds';

/** Back office: record a refund made in eSewa's merchant portal (pharmacist or admin, two-factor). */
export const recordRefundAction = staffAction(recordRefundSchema, async (input, user) => {
  const result = await recordRefund(input, { id: user.id, role: user.role });
  return { ok: true, message: result.full ? `Order ${result.orderNumber} is refunded.` : `Partial refund recorded for ${result.orderNumber}.` };
});
