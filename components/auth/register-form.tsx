'use client';

import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function RegisterForm({ action, next }: { action: FormAction; next: string }) {
  return (
    <ActionForm action={action} submitLabel="Create account">
      {next === '/' ? null : <Hidden name="next" value={next} />}
      <Field name="name" label="Full name" autoComplete="name" />
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <Field name="phone" label="Mobile number" type="tel" autoComplete="tel" inputMode="tel" hint="98XXXXXXXX or 97XXXXXXXX, with or without +977" />
      <Field name="password" label="Password" type="password" autoComplete="new-password" hint="At least 10 characters. A short sentence is easy to remember." />
      <Field name="confirmPassword" label="Confirm password" type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
