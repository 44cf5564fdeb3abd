'use client';

import { forgotPasswordAction } from '../actions';
import { ActionForm, Field } from './form';

export function ForgotPasswordForm() {
  return (
    <ActionForm
      action={forgotPasswordAction}
      submitLabel="Send reset link"
      onSuccess={(state) => (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {state.message}
        </p>
      )}
    >
      <Field name="email" label="Email" type="email" autoComplete="email" />
    </ActionForm>
  );
}
