'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, Field, Hidden, type FormAction } from '@/components/ui/form';
import type { OrderStep } from '@/lib/admin/orders/steps';

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
  // Step names are lib/admin/orders/steps.ts's STEP_LABELS, in the reader's language.
  const t = useTranslations('admin.orderForms');
  if (steps.length === 0) return <p className="text-sm text-slate-600">{t('finished')}</p>;
  return (
    <div className="space-y-3" data-testid="order-steps">
      {steps.map((step) => (
        <div key={step} className="rounded border border-slate-200 p-3" data-step={step}>
          <ActionForm
            action={stepAction}
            density="compact"
            submitLabel={step === 'deliver' && codUnpaid ? t('deliverCod') : t(`steps.${step}`)}
            tone={step === 'cancel' ? 'danger' : 'primary'}
            className="flex flex-wrap items-end gap-2"
            confirm={
              step === 'cancel'
                ? {
                    title: t('cancelTitle', { number: orderNumber }),
                    description: t('cancelDescription'),
                    confirmLabel: t('cancelConfirm'),
                    cancelLabel: t('cancelKeep'),
                  }
                : undefined
            }
          >
            <Hidden name="orderId" value={orderId} />
            <Hidden name="step" value={step} />
            {step === 'dispatch' ? (
              <>
                <Field name="courier" label={t('courier')} placeholder={t('courierPlaceholder')} />
                <Field name="trackingNote" label={t('trackingNote')} placeholder={t('trackingPlaceholder')} className="min-w-64 flex-1" />
              </>
            ) : step === 'cancel' ? (
              <Field name="reason" label={t('reason')} className="min-w-64 flex-1" />
            ) : (
              <Field name="note" label={t('note')} className="min-w-48 flex-1" />
            )}
          </ActionForm>
        </div>
      ))}
    </div>
  );
}

/** Recording a refund says money went back to the shopper; it cannot be taken back, so it asks first. */
export function RefundForm({ orderId, orderNumber, action }: { orderId: string; orderNumber: string; action: FormAction }) {
  const t = useTranslations('admin.orderForms');
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('recordRefund')}
      className="flex flex-wrap items-end gap-2"
      testId="refund-form"
      confirm={(form) => {
        const rupees = new FormData(form).get('amountRupees');
        return {
          title: t('refundTitle', { number: orderNumber }),
          description: t('refundDescription', { amount: rupees ? t('refundAmount', { rupees: String(rupees) }) : t('refundEverything') }),
          confirmLabel: t('recordRefund'),
        };
      }}
      tone="primary"
    >
      <Hidden name="orderId" value={orderId} />
      <Field name="reference" label={t('refundReference')} />
      <Field name="amountRupees" label={t('refundRupees')} type="number" step="0.01" />
    </ActionForm>
  );
}
