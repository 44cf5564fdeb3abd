'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Removing asks first; prescriptions and orders already made for this person keep their name. */
export function RemovePatientButton({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const t = useTranslations('account.patients');
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label={t('remove')}
      tone="danger-link"
      confirm={{
        title: t('removeTitle', { name }),
        description: t('removeDescription'),
        confirmLabel: t('removeConfirm'),
        cancelLabel: t('removeCancel'),
      }}
    />
  );
}
