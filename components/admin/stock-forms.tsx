'use client';

import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';

export function ReceiveBatchForm({ productId, action }: { productId: number; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Receive batch" className="grid gap-2 sm:grid-cols-2" testId="receive-form">
      <Hidden name="productId" value={productId} />
      <Field name="batchNumber" label="Batch number" />
      <Field name="expiryDate" label="Expiry date" type="date" />
      <Field name="quantity" label="Quantity (units)" type="number" />
      <Field name="costRupees" label="Cost per unit (Rs.)" type="number" step="0.01" />
      <Field name="note" label="Note (supplier, invoice)" className="sm:col-span-2" />
    </ActionForm>
  );
}

export function AdjustBatchForm({ batchId, action }: { batchId: number; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Adjust" className="flex flex-wrap items-end gap-2" testId={`adjust-${batchId}`}>
      <Hidden name="batchId" value={batchId} />
      <Field name="quantityChange" label="Change (+/−)" type="number" className="w-24" />
      <Field name="reason" label="Reason" className="min-w-40 flex-1" />
    </ActionForm>
  );
}

/**
 * Writes off expired stock: one batch, or every expired batch of a product. The units leave the
 * books for good, so the dialog names what goes.
 */
export function WriteOffButton({ batchId, productId, subject, action, label = 'Write off' }: { batchId?: number; productId?: number; subject: string; action: FormAction; label?: string }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={label}
      tone="danger"
      className="flex items-center gap-2"
      confirm={{
        title: `Write off ${subject}?`,
        description: 'The expired units are taken off the shelf and out of stock for good; the ledger records the write-off.',
        confirmLabel: 'Write off',
      }}
    >
      {batchId !== undefined ? <Hidden name="batchId" value={batchId} /> : null}
      {productId !== undefined ? <Hidden name="productId" value={productId} /> : null}
    </ActionForm>
  );
}

export function ReorderLevelForm({ productId, reorderLevel, action }: { productId: number; reorderLevel: number; action: FormAction }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Save" className="flex items-end gap-2">
      <Hidden name="productId" value={productId} />
      <Field name="reorderLevel" label="Reorder level" type="number" defaultValue={reorderLevel} className="w-28" />
    </ActionForm>
  );
}
