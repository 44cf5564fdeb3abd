'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function SignInForm({ action, next }: { action: FormAction; next: string }) {
  const t = useTranslations('auth.signInForm');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      <Field name="email" label={t('email')} type="email" autoComplete="email" />
      <Field name="password" label={t('password')} type="password" autoComplete="current-password" />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
