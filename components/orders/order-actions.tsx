'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionButton } from '@/components/ui/action-button';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

/** The shopper's cancel: irreversible, so the button opens a confirmation naming the order. */
export function CancelOrderForm({ number, action }: { number: string; action: FormAction }) {
  const t = useTranslations('orders.cancel');
  return (
    <ActionForm
      action={action}
      submitLabel={t('submit')}
      pendingLabel={t('pending')}
      tone="danger-outline"
      block={false}
      className="space-y-2"
      onSuccess={(state) => <Alert tone="success">{state.message}</Alert>}
      confirm={{
        title: t('title', { number }),
        description: t('description'),
        confirmLabel: t('confirm'),
        cancelLabel: t('keep'),
      }}
    >
      <Hidden name="number" value={number} />
      <Field name="reason" label={t('reason')} maxLength={300} />
    </ActionForm>
  );
}

export function OrderAgainButton({ number, action }: { number: string; action: FormAction }) {
  const t = useTranslations('orders.cancel');
  return <ActionButton action={action} fields={{ number }} label={t('orderAgain')} pendingLabel={t('adding')} size="md" buttonClassName="text-sm" messageClassName="mt-2 block text-sm" />;
}
