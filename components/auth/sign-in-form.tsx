'use client';

import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function SignInForm({ action, next }: { action: FormAction; next: string }) {
  return (
    <ActionForm action={action} submitLabel="Sign in">
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
