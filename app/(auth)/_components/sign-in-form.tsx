'use client';

import { signInAction } from '../actions';
import { ActionForm, Field, Hidden } from './form';

export function SignInForm({ next }: { next: string }) {
  return (
    <ActionForm action={signInAction} submitLabel="Sign in">
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
