'use client';

import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ChangePasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Change password">
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
      <Field name="password" label="New password" type="password" autoComplete="new-password" hint="At least 10 characters, not a common password." />
      <Field name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
