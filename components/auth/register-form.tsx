'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function RegisterForm({ action, next }: { action: FormAction; next: string }) {
  const t = useTranslations('auth.register');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      {next === '/' ? null : <Hidden name="next" value={next} />}
      <Field name="name" label={t('name')} autoComplete="name" />
      <Field name="email" label={t('email')} type="email" autoComplete="email" />
      <Field name="phone" label={t('phone')} type="tel" autoComplete="tel" inputMode="tel" hint={t('phoneHint')} />
      <Field name="password" label={t('password')} type="password" autoComplete="new-password" hint={t('passwordHint')} />
      <Field name="confirmPassword" label={t('confirmPassword')} type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
