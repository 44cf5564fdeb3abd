'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db/client';
import { userAction } from '@/lib/auth/action';
import { createPatient, removePatient, updatePatient } from '@/lib/patients/patients';
import { patientIdSchema, patientSchema } from '@/lib/patients/validation';

export const createPatientAction = userAction(patientSchema, async (input, user) => {
  await createPatient(db, user.id, input);
  redirect('/account/patients?saved=1');
});

export const updatePatientAction = userAction(z.intersection(patientIdSchema, patientSchema), async (input, user) => {
  await updatePatient(db, user.id, input.id, input);
  redirect('/account/patients?saved=1');
});

export const removePatientAction = userAction(patientIdSchema, async (input, user) => {
  await removePatient(db, user.id, input.id);
  revalidatePath('/account/patients');
  return { ok: true, message: 'Patient removed.' };
});
