'use server';

import { revalidatePath } from 'next/cache';
import { requestIp } from '@/lib/audit/request-ip';
import { addRegulatedMedicine, regulatedMedicineIdSchema, regulatedMedicineSchema, removeRegulatedMedicine } from '@/lib/catalog/regulated';
import { permittedAction } from '@/lib/permissions/guard';

export const addRegulatedMedicineAction = permittedAction('products.manage', regulatedMedicineSchema, async (input, user) => {
  await addRegulatedMedicine(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/regulated-medicines');
  return { ok: true, message: `Products of ${input.genericName} can no longer be ordered online.` };
});

export const removeRegulatedMedicineAction = permittedAction('products.manage', regulatedMedicineIdSchema, async (input, user) => {
  await removeRegulatedMedicine(input.id, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/regulated-medicines');
  return { ok: true, message: 'Removed from the list: its products can be ordered online again.' };
});
