'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requestIp } from '@/lib/audit/request-ip';
import { issueInvoice } from '@/lib/invoices/issue';
import { permittedAction } from '@/lib/permissions/guard';
import { performOrderStep } from '@/lib/admin/orders/perform-step';
import { refundFormSchema } from '@/lib/admin/orders/refund-form';
import { orderStepSchema, STEP_LABELS } from '@/lib/admin/orders/steps';
import { recordRefund } from '@/lib/payments/refunds';

/** Every button on the staff order page: confirm, pack, dispatch, deliver, cancel, cash received. */
export const orderStepAction = permittedAction('orders.manage', orderStepSchema, async (input, user) => {
  const { number } = await performOrderStep(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/orders/${number}`);
  revalidatePath('/admin/orders');
  return { ok: true, message: `${STEP_LABELS[input.step]}: done for ${number}.` };
});

/** Records a refund made in eSewa's merchant portal; the rules are the payments engineer's. */
export const recordOrderRefundAction = permittedAction('orders.manage', refundFormSchema, async (input, user) => {
  const result = await recordRefund(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/orders/${result.orderNumber}`);
  return { ok: true, message: result.full ? `Order ${result.orderNumber} is refunded.` : `Partial refund recorded for ${result.orderNumber}.` };
});

/** Issues the order's tax invoice (once; a second press shows the same number). */
export const issueInvoiceAction = permittedAction('orders.manage', z.object({ orderId: z.uuid() }), async (input, user) => {
  const invoice = await issueInvoice(input.orderId, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/orders/[number]/invoice', 'page');
  return { ok: true, message: `Invoice ${invoice.number} issued.` };
});
