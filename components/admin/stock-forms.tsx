'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function ReceiveBatchForm({ productId, action }: { productId: number; action: FormAction }) {
  const t = useTranslations('admin.stockForms');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('receive')} className="grid gap-2 sm:grid-cols-2" testId="receive-form">
      <Hidden name="productId" value={productId} />
      <Field name="batchNumber" label={t('batchNumber')} />
      <Field name="expiryDate" label={t('expiryDate')} type="date" />
      <Field name="quantity" label={t('quantity')} type="number" />
      <Field name="costRupees" label={t('cost')} type="number" step="0.01" />
      <Field name="note" label={t('receiveNote')} className="sm:col-span-2" />
    </ActionForm>
  );
}

export function AdjustBatchForm({ batchId, action }: { batchId: number; action: FormAction }) {
  const t = useTranslations('admin.stockForms');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('adjust')} className="flex flex-wrap items-end gap-2" testId={`adjust-${batchId}`}>
      <Hidden name="batchId" value={batchId} />
      <Field name="quantityChange" label={t('change')} type="number" className="w-24" />
      <Field name="reason" label={t('reason')} className="min-w-40 flex-1" />
    </ActionForm>
  );
}

/**
 * Writes off expired stock: one batch, or every expired batch of a product. The units leave the
 * books for good, so the dialog names what goes.
 */
export function WriteOffButton({ batchId, productId, subject, action, label }: { batchId?: number; productId?: number; subject: string; action: FormAction; label?: string }) {
  const t = useTranslations('admin.stockForms');
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={label ?? t('writeOff')}
      tone="danger"
      className="flex items-center gap-2"
      confirm={{
        title: t('writeOffTitle', { subject }),
        description: t('writeOffDescription'),
        confirmLabel: t('writeOff'),
      }}
    >
      {batchId !== undefined ? <Hidden name="batchId" value={batchId} /> : null}
      {productId !== undefined ? <Hidden name="productId" value={productId} /> : null}
    </ActionForm>
  );
}

export function ReorderLevelForm({ productId, reorderLevel, action }: { productId: number; reorderLevel: number; action: FormAction }) {
  const t = useTranslations('admin.stockForms');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('save')} className="flex items-end gap-2">
      <Hidden name="productId" value={productId} />
      <Field name="reorderLevel" label={t('reorderLevel')} type="number" defaultValue={reorderLevel} className="w-28" />
    </ActionForm>
  );
}
