'use client';

import { twoFactorSignInAction } from '../actions';
import { ActionForm, Field, Hidden } from './form';

export function TwoFactorForm({ next }: { next: string }) {
  return (
    <ActionForm action={twoFactorSignInAction} submitLabel="Verify">
      <Field name="code" label="Authentication code" autoComplete="one-time-code" inputMode="text" hint="6 digits from your app, or one of your recovery codes" />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
