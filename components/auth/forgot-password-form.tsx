'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('auth.forgot');
  return (
    <ActionForm action={action} submitLabel={t('submit')} onSuccess={(state) => <Alert tone="success">{state.message}</Alert>}>
      <Field name="email" label={t('email')} type="email" autoComplete="email" />
    </ActionForm>
  );
}
