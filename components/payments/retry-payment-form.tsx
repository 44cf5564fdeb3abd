'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { FormAction } from '@/components/ui/form';

export function RetryPaymentForm({ number, action }: { number: string; action: FormAction }) {
  return (
    <ActionButton
      action={action}
      fields={{ number }}
      label="Try paying again"
      pendingLabel="Starting a new payment…"
      className="space-y-2"
      tone="esewa"
      size="lg"
      buttonClassName="w-full"
      messageClassName="block text-sm"
    />
  );
}
