'use client';

import { Alert } from '@/components/ui/alert';
import { ActionButton } from '@/components/ui/action-button';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

/** The shopper's cancel: irreversible, so the button opens a confirmation naming the order. */
export function CancelOrderForm({ number, action }: { number: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      submitLabel="Cancel order"
      pendingLabel="Cancelling…"
      tone="danger-outline"
      block={false}
      className="space-y-2"
      onSuccess={(state) => <Alert tone="success">{state.message}</Alert>}
      confirm={{
        title: `Cancel order ${number}?`,
        description: 'Its medicines go back on the shelf and the order cannot be reopened. A payment already made is refunded.',
        confirmLabel: 'Cancel the order',
        cancelLabel: 'Keep the order',
      }}
    >
      <Hidden name="number" value={number} />
      <Field name="reason" label="Reason (optional)" maxLength={300} />
    </ActionForm>
  );
}

export function OrderAgainButton({ number, action }: { number: string; action: FormAction }) {
  return <ActionButton action={action} fields={{ number }} label="Order again" pendingLabel="Adding…" size="md" buttonClassName="text-sm" messageClassName="mt-2 block text-sm" />;
}
