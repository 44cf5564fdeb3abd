'use server';

import { permittedAction } from '@/lib/permissions/guard';
import { recordRefund, recordRefundSchema } from './refunds';

/** Back office: record a refund made in eSewa's merchant portal (pharmacist or admin, two-factor). */
export const recordRefundAction = permittedAction('orders.manage', recordRefundSchema, async (input, user) => {
  const result = await recordRefund(input, { id: user.id, role: user.role });
  return { ok: true, message: result.full ? `Order ${result.orderNumber} is refunded.` : `Partial refund recorded for ${result.orderNumber}.` };
});
