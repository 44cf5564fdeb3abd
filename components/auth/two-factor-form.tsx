'use client';

import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function TwoFactorForm({ action, next }: { action: FormAction; next: string }) {
  return (
    <ActionForm action={action} submitLabel="Verify">
      <Field name="code" label="Authentication code" autoComplete="one-time-code" inputMode="text" hint="6 digits from your app, or one of your recovery codes" />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
