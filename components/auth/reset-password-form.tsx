'use client';

import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ResetPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Set new password">
      <Field name="password" label="New password" type="password" autoComplete="new-password" hint="At least 10 characters, not a common password." />
      <Field name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
