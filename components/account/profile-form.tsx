'use client';

import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ProfileForm({ action, name, phone }: { action: FormAction; name: string; phone: string }) {
  return (
    <ActionForm action={action} submitLabel="Save profile">
      <Field name="name" label="Full name" autoComplete="name" defaultValue={name} />
      <Field name="phone" label="Mobile number" type="tel" autoComplete="tel" defaultValue={phone} hint="98XXXXXXXX or 97XXXXXXXX" />
    </ActionForm>
  );
}
