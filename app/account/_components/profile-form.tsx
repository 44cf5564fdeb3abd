'use client';

import { ActionForm, Field } from '@/app/(auth)/_components/form';
import { updateProfileAction } from '../actions';

export function ProfileForm({ name, phone }: { name: string; phone: string }) {
  return (
    <ActionForm action={updateProfileAction} submitLabel="Save profile">
      <Field name="name" label="Full name" autoComplete="name" defaultValue={name} />
      <Field name="phone" label="Mobile number" type="tel" autoComplete="tel" defaultValue={phone} hint="98XXXXXXXX or 97XXXXXXXX" />
    </ActionForm>
  );
}
