'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

export function MakeDefaultAddressButton({ action, id }: { action: FormAction; id: string }) {
  return <ActionButton action={action} fields={{ id }} label="Make default" tone="link" />;
}

/** Deleting cannot be undone, so it asks first; the label names the address being removed. */
export function DeleteAddressButton({ action, id, label }: { action: FormAction; id: string; label: string }) {
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label="Delete"
      tone="danger-link"
      confirm={{
        title: `Delete the address “${label}”?`,
        description: 'It is removed from your address book. Orders already placed keep their delivery address.',
        confirmLabel: 'Delete address',
        cancelLabel: 'Keep it',
      }}
    />
  );
}
