'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requestIp } from '@/lib/audit/request-ip';
import { issueInvoice } from '@/lib/invoices/issue';
import { permittedAction } from '@/lib/permissions/guard';
import { performOrderStep } from '@/lib/admin/orders/perform-step';
import { refundFormSchema } from '@/lib/admin/orders/refund-form';
import { orderStepSchema } from '@/lib/admin/orders/steps';
import { recordRefund } from '@/lib/payments/refunds';

/** Every button on the staff order page: confirm, pack, dispatch, deliver, cancel, cash received. */
export const orderStepAction = permittedAction('orders.manage', orderStepSchema, async (input, user) => {
  const { number } = await performOrderStep(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/orders/${number}`);
  revalidatePath('/admin/orders');
  const t = await getTranslations('admin');
  return { ok: true, message: t('orders.actions.stepDone', { step: t(`orderForms.steps.${input.step}`), number }) };
});

/** Records a refund made in eSewa's merchant portal; the rules are the payments engineer's. */
export const recordOrderRefundAction = permittedAction('orders.manage', refundFormSchema, async (input, user) => {
  const result = await recordRefund(input, { id: user.id, role: user.role });
  revalidatePath(`/admin/orders/${result.orderNumber}`);
  const t = await getTranslations('admin.orders.actions');
  return { ok: true, message: t(result.full ? 'refunded' : 'partialRefund', { number: result.orderNumber }) };
});

/** Issues the order's tax invoice (once; a second press shows the same number). */
export const issueInvoiceAction = permittedAction('orders.manage', z.object({ orderId: z.uuid() }), async (input, user) => {
  const invoice = await issueInvoice(input.orderId, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/orders/[number]/invoice', 'page');
  const t = await getTranslations('admin.orders.actions');
  return { ok: true, message: t('invoiceIssued', { number: invoice.number }) };
});
