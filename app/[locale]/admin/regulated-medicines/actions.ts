'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { requestIp } from '@/lib/audit/request-ip';
import { addRegulatedMedicine, regulatedMedicineIdSchema, regulatedMedicineSchema, removeRegulatedMedicine } from '@/lib/catalog/regulated';
import { permittedAction } from '@/lib/permissions/guard';

export const addRegulatedMedicineAction = permittedAction('products.manage', regulatedMedicineSchema, async (input, user) => {
  await addRegulatedMedicine(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/regulated-medicines');
  return { ok: true, message: (await getTranslations('manage.regulatedMedicines.saved'))('added', { genericName: input.genericName }) };
});

export const removeRegulatedMedicineAction = permittedAction('products.manage', regulatedMedicineIdSchema, async (input, user) => {
  await removeRegulatedMedicine(input.id, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/regulated-medicines');
  return { ok: true, message: (await getTranslations('manage.regulatedMedicines.saved'))('removed') };
});
