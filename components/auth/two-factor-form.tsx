'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function TwoFactorForm({ action, next }: { action: FormAction; next: string }) {
  const t = useTranslations('auth.twoFactor');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      <Field name="code" label={t('code')} autoComplete="one-time-code" inputMode="text" hint={t('codeHint')} />
      <Hidden name="next" value={next} />
    </ActionForm>
  );
}
