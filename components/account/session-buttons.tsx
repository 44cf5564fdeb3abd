'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Ends one other device's session; that browser is signed out on its next request. */
export function SignOutDeviceButton({ action, id, device }: { action: FormAction; id: string; device: string }) {
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label="Sign out"
      tone="danger-outline"
      size="sm"
      messageClassName="mt-1 block text-sm"
      confirm={{
        title: `Sign out ${device}?`,
        description: 'That browser is signed out at once. Anyone using it has to sign in again with your password.',
        confirmLabel: 'Sign it out',
        cancelLabel: 'Keep it signed in',
      }}
    />
  );
}

export function SignOutEverywhereButtons({ action, hasOthers }: { action: FormAction; hasOthers: boolean }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row">
      {hasOthers ? (
        <ActionButton
          action={action}
          fields={{ scope: 'others' }}
          label="Sign out all other devices"
          tone="danger-outline"
          messageClassName="mt-1 block text-sm"
          confirm={{
            title: 'Sign out every other device?',
            description: 'Every browser but this one is signed out at once. You stay signed in here.',
            confirmLabel: 'Sign out the others',
            cancelLabel: 'Go back',
          }}
        />
      ) : null}
      <ActionButton
        action={action}
        fields={{ scope: 'all' }}
        label="Sign out everywhere"
        tone="danger"
        messageClassName="mt-1 block text-sm"
        confirm={{
          title: 'Sign out everywhere, including here?',
          description: 'Every browser signed in to your account is signed out, this one too. You will need your password to sign in again.',
          confirmLabel: 'Sign out everywhere',
          cancelLabel: 'Go back',
        }}
      />
    </div>
  );
}
