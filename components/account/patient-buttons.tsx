'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

/** Removing asks first; prescriptions and orders already made for this person keep their name. */
export function RemovePatientButton({ action, id, name }: { action: FormAction; id: string; name: string }) {
  return (
    <ActionButton
      action={action}
      fields={{ id }}
      label="Remove"
      tone="danger-link"
      confirm={{
        title: `Remove ${name} from your patients?`,
        description: 'You will no longer be able to choose them for new prescriptions or orders. Prescriptions and orders already made for them are kept.',
        confirmLabel: 'Remove patient',
        cancelLabel: 'Keep them',
      }}
    />
  );
}
