'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { requestIp } from '@/lib/audit/request-ip';
import { permittedAction } from '@/lib/permissions/guard';
import { approvePrescription, rejectPrescription } from '@/lib/prescriptions/review';
import { approveSchema, rejectSchema } from '@/lib/prescriptions/validation';

export const approvePrescriptionAction = permittedAction('prescriptions.review', approveSchema, async (input, user) => {
  const outcome = await approvePrescription(input, { id: user.id, role: user.role, ip: await requestIp() });
  revalidatePath(`/admin/prescriptions/${input.prescriptionId}`);
  revalidatePath('/admin/prescriptions');
  const t = await getTranslations('admin.prescriptions.actions');
  const message = outcome.confirmedOrders.length > 0 ? t('approvedConfirmed', { orders: outcome.confirmedOrders.join(', ') }) : t('approved');
  return { ok: true, message };
});

export const rejectPrescriptionAction = permittedAction('prescriptions.review', rejectSchema, async (input, user) => {
  const outcome = await rejectPrescription(input, { id: user.id, role: user.role, ip: await requestIp() });
  revalidatePath(`/admin/prescriptions/${input.prescriptionId}`);
  revalidatePath('/admin/prescriptions');
  const t = await getTranslations('admin.prescriptions.actions');
  const message = outcome.cancelledOrders.length > 0 ? t('rejectedCancelled', { orders: outcome.cancelledOrders.join(', ') }) : t('rejected');
  return { ok: true, message };
});
