'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, type FormAction } from '@/components/ui/form';

export function ProfileForm({ action, name, phone }: { action: FormAction; name: string; phone: string }) {
  const t = useTranslations('account.profileForm');
  return (
    <ActionForm action={action} submitLabel={t('submit')}>
      <Field name="name" label={t('name')} autoComplete="name" defaultValue={name} />
      <Field name="phone" label={t('phone')} type="tel" autoComplete="tel" defaultValue={phone} hint={t('phoneHint')} />
    </ActionForm>
  );
}
