'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { CheckoutPrescriptionStep, type RxLineChoice } from '@/components/prescriptions/checkout-prescription-step';
import type { PatientChoice } from '@/components/prescriptions/prescription-uploader';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import type { FormAction } from '@/components/ui/form';
import { formattersFor } from '@/lib/i18n/format';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';

export type CheckoutAddress = { id: string; label: string; summary: string; isDefault: boolean; deliveryNote: string };
export type CheckoutPrescription = { id: string; label: string };

/**
 * Steps of one form: address, notes, payment, prescription, review. The checkout key is fixed
 * when the page renders, so a double click or a resubmission places the order only once.
 */
export function CheckoutForm({
  action: placeOrderAction,
  checkoutKey,
  addresses,
  needsPrescription,
  prescriptions,
  review,
  khaltiOffered,
  codNeedsPhone,
  patients = [],
  rxLines = [],
}: {
  action: FormAction;
  checkoutKey: string;
  addresses: CheckoutAddress[];
  needsPrescription: boolean;
  prescriptions: CheckoutPrescription[];
  review: ReactNode;
  /** Khalti is configured (or its sandbox runs): offered beside eSewa. */
  khaltiOffered: boolean;
  /** Cash on delivery waits for a mobile number proven by SMS (COD_REQUIRES_VERIFIED_PHONE). */
  codNeedsPhone: boolean;
  /** The account's patients and the cart's prescription-only lines, for "who is it for". */
  patients?: PatientChoice[];
  rxLines?: RxLineChoice[];
}) {
  const [state, action] = useActionState(placeOrderAction, undefined);
  const t = useTranslations('orders.checkout');
  // Back to checkout in the language the shopper is reading.
  const checkoutPath = getPathname({ href: '/checkout', locale: useLocale() });
  const errors = state?.fieldErrors ?? {};
  const defaultAddress = addresses.find((a) => a.isDefault)?.id ?? addresses[0]?.id;

  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="checkoutKey" value={checkoutKey} />
      {state && !state.ok && state.message ? <Alert tone="error">{state.message}</Alert> : null}

      <Step number={1} title={t('steps.address')} error={errors.addressId}>
        {addresses.length === 0 ? <p className="text-sm text-slate-600">{t('saveAddressFirst')}</p> : null}
        <div className="space-y-2">
          {addresses.map((a) => (
            <label key={a.id} className="flex gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="addressId" value={a.id} defaultChecked={a.id === defaultAddress} className="mt-1" />
              <span className="text-sm">
                <span className="font-semibold">{a.label}</span>
                <br />
                {a.summary}
                <span className="mt-1 block text-slate-600" data-testid="delivery-note">{a.deliveryNote}</span>
              </span>
            </label>
          ))}
        </div>
      </Step>

      <Step number={2} title={t('steps.notes')} error={errors.deliveryNotes}>
        <textarea
          name="deliveryNotes"
          rows={2}
          maxLength={500}
          defaultValue={state?.values?.deliveryNotes}
          aria-label={t('notesLabel')}
          placeholder={t('notesPlaceholder')}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </Step>

      <Step number={3} title={t('steps.payment')} error={errors.paymentMethod}>
        <div className={`grid gap-2 ${khaltiOffered ? 'sm:grid-cols-3' : 'sm:grid-cols-2'}`}>
          <PaymentOption value="esewa" title={PAYMENT_METHOD_LABELS.esewa} detail={t('esewaDetail')} />
          {khaltiOffered ? <PaymentOption value="khalti" title={PAYMENT_METHOD_LABELS.khalti} detail={t('khaltiDetail')} /> : null}
          <PaymentOption
            value="cod"
            title={t('cashOnDelivery')}
            detail={codNeedsPhone ? t('codNeedsPhoneDetail') : t('codDetail')}
            defaultChecked={!codNeedsPhone}
            disabled={codNeedsPhone}
          />
        </div>
        {codNeedsPhone ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="cod-needs-phone">
            {t.rich('codNeedsPhone', {
              link: (chunks) => (
                <Link href={`/account/phone?next=${checkoutPath}`} className="font-medium text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </Step>

      {needsPrescription ? <CheckoutPrescriptionStep usable={prescriptions} error={errors.prescriptionId?.join(' ')} patients={patients} rxLines={rxLines} patientError={errors.linePatient?.join(' ')} /> : null}

      <Step number={needsPrescription ? 5 : 4} title={t('steps.review')}>
        {review}
      </Step>

      <SubmitButton label={t('placeOrder')} pendingLabel={t('placing')} size="lg" block />
    </form>
  );
}

function Step({ number, title, error, children }: { number: number; title: string; error?: string[]; children: ReactNode }) {
  const f = formattersFor(useLocale());
  return (
    <fieldset className="rounded-lg bg-white p-5">
      <legend className="sr-only">{title}</legend>
      <h2 className="mb-3 text-lg font-semibold" aria-hidden="true">
        <span className="mr-2 inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm text-white">{f.count(number)}</span>
        {title}
      </h2>
      {children}
      {error?.length ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function PaymentOption({ value, title, detail, defaultChecked, disabled }: { value: 'esewa' | 'khalti' | 'cod'; title: string; detail: string; defaultChecked?: boolean; disabled?: boolean }) {
  return (
    <label className={`flex gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 ${disabled ? 'opacity-60' : ''}`}>
      <input type="radio" name="paymentMethod" value={value} defaultChecked={defaultChecked} disabled={disabled} className="mt-1" />
      <span className="text-sm">
        <span className="font-semibold">{title}</span>
        <br />
        {detail}
      </span>
    </label>
  );
}
