'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db/client';
import { userAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { createPatient, removePatient, updatePatient } from '@/lib/patients/patients';
import { patientIdSchema, patientSchema } from '@/lib/patients/validation';

export const createPatientAction = userAction(patientSchema, async (input, user) => {
  await createPatient(db, user.id, input);
  return redirect({ href: '/account/patients?saved=1', locale: await getLocale() });
});

export const updatePatientAction = userAction(z.intersection(patientIdSchema, patientSchema), async (input, user) => {
  await updatePatient(db, user.id, input.id, input);
  return redirect({ href: '/account/patients?saved=1', locale: await getLocale() });
});

export const removePatientAction = userAction(patientIdSchema, async (input, user) => {
  await removePatient(db, user.id, input.id);
  revalidatePath('/account/patients');
  const t = await getTranslations('account.actions');
  return { ok: true, message: t('patientRemoved') };
});
