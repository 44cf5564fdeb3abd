'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { requestIp } from '@/lib/audit/request-ip';
import { deliveryDaysSchema, pharmacyDetailsSchema } from '@/lib/settings/schema';
import { saveDeliveryDays, savePharmacyDetails } from '@/lib/settings/write';
import { permittedAction } from '@/lib/permissions/guard';

export const savePharmacyDetailsAction = permittedAction('settings.manage', pharmacyDetailsSchema, async (input, user) => {
  await savePharmacyDetails(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/settings');
  return { ok: true, message: (await getTranslations('manage.settings.saved'))('details') };
});

export const saveDeliveryDaysAction = permittedAction('settings.manage', deliveryDaysSchema, async (input, user) => {
  await saveDeliveryDays(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/settings');
  const t = await getTranslations('manage.settings.saved');
  return { ok: true, message: t('deliveryDays', { count: Object.keys(input).length }) };
});
