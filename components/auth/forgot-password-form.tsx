'use client';

import { Alert } from '@/components/ui/alert';
import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} submitLabel="Send reset link" onSuccess={(state) => <Alert tone="success">{state.message}</Alert>}>
      <Field name="email" label="Email" type="email" autoComplete="email" />
    </ActionForm>
  );
}
