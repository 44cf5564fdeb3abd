'use client';

import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';
import type { OrderStep } from '@/lib/admin/orders/steps';
import { STEP_LABELS } from '@/lib/admin/orders/steps';

/** One small form per allowed step; the server re-checks each against the transition table. */
export function OrderStepForms({
  orderId,
  orderNumber,
  steps,
  stepAction,
  codUnpaid,
}: {
  orderId: string;
  orderNumber: string;
  steps: OrderStep[];
  stepAction: FormAction;
  codUnpaid: boolean;
}) {
  if (steps.length === 0) return <p className="text-sm text-slate-600">No further steps: this order is finished.</p>;
  return (
    <div className="space-y-3" data-testid="order-steps">
      {steps.map((step) => (
        <div key={step} className="rounded border border-slate-200 p-3" data-step={step}>
          <ActionForm
            action={stepAction}
            density="compact"
            submitLabel={step === 'deliver' && codUnpaid ? 'Mark delivered (cash collected)' : STEP_LABELS[step]}
            tone={step === 'cancel' ? 'danger' : 'primary'}
            className="flex flex-wrap items-end gap-2"
            confirm={
              step === 'cancel'
                ? {
                    title: `Cancel order ${orderNumber}?`,
                    description: 'Its stock goes back on the shelf, the shopper is told your reason, and a paid order is marked for refund. A cancelled order cannot be reopened.',
                    confirmLabel: 'Cancel the order',
                    cancelLabel: 'Keep the order',
                  }
                : undefined
            }
          >
            <Hidden name="orderId" value={orderId} />
            <Hidden name="step" value={step} />
            {step === 'dispatch' ? (
              <>
                <Field name="courier" label="Courier" placeholder="e.g. Pathao Parcel" />
                <Field name="trackingNote" label="Tracking note" placeholder="Tracking number, rider, phone" className="min-w-64 flex-1" />
              </>
            ) : step === 'cancel' ? (
              <Field name="reason" label="Reason (the shopper sees it)" className="min-w-64 flex-1" />
            ) : (
              <Field name="note" label="Note (optional)" className="min-w-48 flex-1" />
            )}
          </ActionForm>
        </div>
      ))}
    </div>
  );
}

/** Recording a refund says money went back to the shopper; it cannot be taken back, so it asks first. */
export function RefundForm({ orderId, orderNumber, action }: { orderId: string; orderNumber: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Record refund"
      className="flex flex-wrap items-end gap-2"
      testId="refund-form"
      confirm={(form) => {
        const rupees = new FormData(form).get('amountRupees');
        return {
          title: `Record a refund for order ${orderNumber}?`,
          description: `${rupees ? `Rs. ${rupees}` : 'Everything not yet refunded'} is recorded as returned to the shopper through the wallet they paid with. A recorded refund cannot be undone.`,
          confirmLabel: 'Record refund',
        };
      }}
      tone="primary"
    >
      <Hidden name="orderId" value={orderId} />
      <Field name="reference" label="Refund reference (eSewa or Khalti portal)" />
      <Field name="amountRupees" label="Amount in Rs. (blank = all that is left)" type="number" step="0.01" />
    </ActionForm>
  );
}
