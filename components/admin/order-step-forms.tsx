'use client';

import type { ActionResult } from '@/lib/auth/action-result';
import type { OrderStep } from '@/lib/admin/orders/steps';
import { STEP_LABELS } from '@/lib/admin/orders/steps';
import { AdminActionForm, AdminField } from './action-form';

type Action = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

/** One small form per allowed step; the server re-checks each against the transition table. */
export function OrderStepForms({ orderId, steps, stepAction, codUnpaid }: { orderId: string; steps: OrderStep[]; stepAction: Action; codUnpaid: boolean }) {
  if (steps.length === 0) return <p className="text-sm text-slate-600">No further steps: this order is finished.</p>;
  return (
    <div className="space-y-3" data-testid="order-steps">
      {steps.map((step) => (
        <div key={step} className="rounded border border-slate-200 p-3" data-step={step}>
          <AdminActionForm action={stepAction} submitLabel={step === 'deliver' && codUnpaid ? 'Mark delivered (cash collected)' : STEP_LABELS[step]} danger={step === 'cancel'} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="orderId" value={orderId} />
            <input type="hidden" name="step" value={step} />
            {step === 'dispatch' ? (
              <>
                <AdminField name="courier" label="Courier" placeholder="e.g. Pathao Parcel" />
                <AdminField name="trackingNote" label="Tracking note" placeholder="Tracking number, rider, phone" className="min-w-64 flex-1" />
              </>
            ) : step === 'cancel' ? (
              <AdminField name="reason" label="Reason (the shopper sees it)" className="min-w-64 flex-1" />
            ) : (
              <AdminField name="note" label="Note (optional)" className="min-w-48 flex-1" />
            )}
          </AdminActionForm>
        </div>
      ))}
    </div>
  );
}

export function RefundForm({ orderId, action }: { orderId: string; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Record refund" className="flex flex-wrap items-end gap-2" testId="refund-form">
      <input type="hidden" name="orderId" value={orderId} />
      <AdminField name="reference" label="eSewa refund reference" />
      <AdminField name="amountRupees" label="Amount in Rs. (blank = all that is left)" type="number" step="0.01" />
    </AdminActionForm>
  );
}
