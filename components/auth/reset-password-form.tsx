'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ResetPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('auth.reset');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      <Field name="password" label={t('newPassword')} type="password" autoComplete="new-password" hint={t('newPasswordHint')} />
      <Field name="confirmPassword" label={t('confirmPassword')} type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
