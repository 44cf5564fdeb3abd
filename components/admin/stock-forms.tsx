'use client';

import type { ActionResult } from '@/lib/auth/action-result';
import { AdminActionForm, AdminField } from './action-form';

type Action = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

export function ReceiveBatchForm({ productId, action }: { productId: number; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Receive batch" className="grid gap-2 sm:grid-cols-2" testId="receive-form">
      <input type="hidden" name="productId" value={productId} />
      <AdminField name="batchNumber" label="Batch number" />
      <AdminField name="expiryDate" label="Expiry date" type="date" />
      <AdminField name="quantity" label="Quantity (units)" type="number" />
      <AdminField name="costRupees" label="Cost per unit (Rs.)" type="number" step="0.01" />
      <AdminField name="note" label="Note (supplier, invoice)" className="sm:col-span-2" />
    </AdminActionForm>
  );
}

export function AdjustBatchForm({ batchId, action }: { batchId: number; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Adjust" className="flex flex-wrap items-end gap-2" testId={`adjust-${batchId}`}>
      <input type="hidden" name="batchId" value={batchId} />
      <AdminField name="quantityChange" label="Change (+/−)" type="number" className="w-24" />
      <AdminField name="reason" label="Reason" className="min-w-40 flex-1" />
    </AdminActionForm>
  );
}

export function WriteOffButton({ batchId, productId, action, label = 'Write off' }: { batchId?: number; productId?: number; action: Action; label?: string }) {
  return (
    <AdminActionForm action={action} submitLabel={label} danger className="flex items-center gap-2">
      {batchId !== undefined ? <input type="hidden" name="batchId" value={batchId} /> : null}
      {productId !== undefined ? <input type="hidden" name="productId" value={productId} /> : null}
    </AdminActionForm>
  );
}

export function ReorderLevelForm({ productId, reorderLevel, action }: { productId: number; reorderLevel: number; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Save" className="flex items-end gap-2">
      <input type="hidden" name="productId" value={productId} />
      <AdminField name="reorderLevel" label="Reorder level" type="number" defaultValue={reorderLevel} className="w-28" />
    </AdminActionForm>
  );
}
