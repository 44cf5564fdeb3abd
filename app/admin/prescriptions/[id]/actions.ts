'use server';

import { revalidatePath } from 'next/cache';
import { requestIp } from '@/lib/audit/request-ip';
import { permittedAction } from '@/lib/permissions/guard';
import { approvePrescription, rejectPrescription } from '@/lib/prescriptions/review';
import { approveSchema, rejectSchema } from '@/lib/prescriptions/validation';

export const approvePrescriptionAction = permittedAction('prescriptions.review', approveSchema, async (input, user) => {
  const outcome = await approvePrescription(input, { id: user.id, role: user.role, ip: await requestIp() });
  revalidatePath(`/admin/prescriptions/${input.prescriptionId}`);
  revalidatePath('/admin/prescriptions');
  const confirmed = outcome.confirmedOrders.length > 0 ? ` Confirmed ${outcome.confirmedOrders.join(', ')}.` : '';
  return { ok: true, message: `Prescription approved.${confirmed}` };
});

export const rejectPrescriptionAction = permittedAction('prescriptions.review', rejectSchema, async (input, user) => {
  const outcome = await rejectPrescription(input, { id: user.id, role: user.role, ip: await requestIp() });
  revalidatePath(`/admin/prescriptions/${input.prescriptionId}`);
  revalidatePath('/admin/prescriptions');
  const cancelled = outcome.cancelledOrders.length > 0 ? ` Cancelled ${outcome.cancelledOrders.join(', ')}.` : '';
  return { ok: true, message: `Prescription rejected; the shopper has been told.${cancelled}` };
});
