'use client';

import { resetPasswordAction } from '../actions';
import { ActionForm, Field } from './form';

export function ResetPasswordForm() {
  return (
    <ActionForm action={resetPasswordAction} submitLabel="Set new password">
      <Field name="password" label="New password" type="password" autoComplete="new-password" hint="At least 10 characters, not a common password." />
      <Field name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
