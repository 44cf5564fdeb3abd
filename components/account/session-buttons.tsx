'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Ends one other device's session; that browser is signed out on its next request. */
export function SignOutDeviceButton({ action, id, device }: { action: FormAction; id: string; device: string }) {
  const t = useTranslations('account.sessions');
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label={t('signOut')}
      tone="danger-outline"
      size="sm"
      messageClassName="mt-1 block text-sm"
      confirm={{
        title: t('signOutTitle', { device }),
        description: t('signOutDescription'),
        confirmLabel: t('signOutConfirm'),
        cancelLabel: t('signOutCancel'),
      }}
    />
  );
}

export function SignOutEverywhereButtons({ action, hasOthers }: { action: FormAction; hasOthers: boolean }) {
  const t = useTranslations('account.sessions');
  return (
    <div className="flex flex-col gap-3 sm:flex-row">
      {hasOthers ? (
        <ActionButton
          action={action}
          fields={{ scope: 'others' }}
          label={t('others')}
          tone="danger-outline"
          messageClassName="mt-1 block text-sm"
          confirm={{
            title: t('othersTitle'),
            description: t('othersDescription'),
            confirmLabel: t('othersConfirm'),
            cancelLabel: t('goBack'),
          }}
        />
      ) : null}
      <ActionButton
        action={action}
        fields={{ scope: 'all' }}
        label={t('everywhere')}
        tone="danger"
        messageClassName="mt-1 block text-sm"
        confirm={{
          title: t('everywhereTitle'),
          description: t('everywhereDescription'),
          confirmLabel: t('everywhereConfirm'),
          cancelLabel: t('goBack'),
        }}
      />
    </div>
  );
}
