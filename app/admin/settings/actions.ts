'use server';

import { revalidatePath } from 'next/cache';
import { requestIp } from '@/lib/audit/request-ip';
import { deliveryDaysSchema, pharmacyDetailsSchema } from '@/lib/settings/schema';
import { saveDeliveryDays, savePharmacyDetails } from '@/lib/settings/write';
import { permittedAction } from '@/lib/permissions/guard';

export const savePharmacyDetailsAction = permittedAction('settings.manage', pharmacyDetailsSchema, async (input, user) => {
  await savePharmacyDetails(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/settings');
  return { ok: true, message: 'Saved: the shop’s footer, contact page and new invoices show these details now.' };
});

export const saveDeliveryDaysAction = permittedAction('settings.manage', deliveryDaysSchema, async (input, user) => {
  await saveDeliveryDays(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/settings');
  const count = Object.keys(input).length;
  return { ok: true, message: `Saved: ${count} ${count === 1 ? 'district' : 'districts'} with a delivery estimate.` };
});
