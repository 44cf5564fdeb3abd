'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

export function MakeDefaultAddressButton({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations('account.addresses');
  return <ActionButton action={action} fields={{ id }} label={t('makeDefault')} tone="link" />;
}

/** Deleting cannot be undone, so it asks first; the label names the address being removed. */
export function DeleteAddressButton({ action, id, label }: { action: FormAction; id: string; label: string }) {
  const t = useTranslations('account.addresses');
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label={t('delete')}
      tone="danger-link"
      confirm={{
        title: t('deleteTitle', { label }),
        description: t('deleteDescription'),
        confirmLabel: t('deleteConfirm'),
        cancelLabel: t('deleteCancel'),
      }}
    />
  );
}
