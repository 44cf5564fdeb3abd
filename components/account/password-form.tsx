'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('account.password');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      <Field name="currentPassword" label={t('current')} type="password" autoComplete="current-password" />
      <Field name="password" label={t('new')} type="password" autoComplete="new-password" hint={t('newHint')} />
      <Field name="confirmPassword" label={t('confirm')} type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
