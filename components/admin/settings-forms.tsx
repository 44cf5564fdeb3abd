'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { DeliveryDays } from '@/db/schema/settings';
import { placeName, PROVINCES, type DistrictName } from '@/lib/geo/nepal';
import { maxField, MAX_DELIVERY_DAYS, minField, type PharmacyDetails } from '@/lib/settings/schema';
import { ActionForm, Field, FieldErrors, useFormResult, type FormAction } from '@/components/ui/form';

export function PharmacyDetailsForm({ action, values }: { action: FormAction; values: PharmacyDetails | null }) {
  const t = useTranslations('manage.settings.forms');
  return (
    <ActionForm action={action} density="compact" submitLabel={t('saveDetails')} testId="pharmacy-details-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="pharmacyName" label={t('pharmacyName')} defaultValue={values?.pharmacyName} maxLength={120} className="sm:col-span-2" />
        <Field name="pharmacyNameNe" label={t('pharmacyNameNe')} hint={t('nepaliHint')} lang="ne" defaultValue={values?.pharmacyNameNe ?? ''} maxLength={120} className="sm:col-span-2" />
        <Field name="ddaLicenceNumber" label={t('ddaLicenceNumber')} hint={t('ddaLicenceHint')} defaultValue={values?.ddaLicenceNumber} maxLength={40} />
        <Field name="panNumber" label={t('pan')} hint={t('panHint')} inputMode="numeric" defaultValue={values?.panNumber} maxLength={9} />
        <Field name="address" label={t('address')} hint={t('addressHint')} defaultValue={values?.address} maxLength={200} className="sm:col-span-2" />
        <Field name="addressNe" label={t('addressNe')} hint={t('nepaliHint')} lang="ne" defaultValue={values?.addressNe ?? ''} maxLength={200} className="sm:col-span-2" />
        <Field name="phone" label={t('phone')} type="tel" defaultValue={values?.phone} maxLength={20} />
        <Field name="email" label={t('email')} type="email" defaultValue={values?.email} maxLength={254} />
        <Field name="pharmacistName" label={t('pharmacistName')} defaultValue={values?.pharmacistName} maxLength={80} />
        <Field name="pharmacistRegistration" label={t('pharmacistRegistration')} hint={t('pharmacistRegistrationHint')} defaultValue={values?.pharmacistRegistration} maxLength={30} />
        <Field name="pharmacistNameNe" label={t('pharmacistNameNe')} hint={t('nepaliHint')} lang="ne" defaultValue={values?.pharmacistNameNe ?? ''} maxLength={80} />
      </div>
    </ActionForm>
  );
}

export function DeliveryDaysForm({ action, days }: { action: FormAction; days: Record<string, DeliveryDays> }) {
  const t = useTranslations('manage.settings');
  const locale = useLocale();
  return (
    <ActionForm action={action} density="compact" submitLabel={t('forms.saveDeliveryTimes')} testId="delivery-days-form">
      <div className="grid gap-4 lg:grid-cols-2">
        {PROVINCES.map((province) => (
          <fieldset key={province.name} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{placeName(locale, province.name)}</legend>
            <div className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-2 gap-y-1 text-sm">
              <span className="text-xs text-slate-500">{t('forms.district')}</span>
              <span className="text-xs text-slate-500">{t('forms.fromDays')}</span>
              <span className="text-xs text-slate-500">{t('forms.toDays')}</span>
              {province.districts.map((district) => (
                <DistrictRow key={district} district={district} days={days[district]} />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </ActionForm>
  );
}

function DistrictRow({ district, days }: { district: DistrictName; days?: DeliveryDays }) {
  const state = useFormResult();
  const t = useTranslations('manage.settings');
  const name = placeName(useLocale(), district);
  // Refill only after a refusal; after a success the page's own (fresh) values apply.
  const refill = (field: string, saved?: number) => (state && !state.ok ? state.values?.[field] : undefined) ?? (saved === undefined ? '' : String(saved));
  const errorsFor = (field: string) => state?.fieldErrors?.[field];
  const input = (field: string, label: string, saved?: number) => (
    <input
      name={field}
      aria-label={label}
      inputMode="numeric"
      maxLength={2}
      max={MAX_DELIVERY_DAYS}
      defaultValue={refill(field, saved)}
      key={`${field}:${refill(field, saved)}`}
      aria-invalid={errorsFor(field) ? true : undefined}
      aria-describedby={errorsFor(field) ? `delivery-${district.replace(/\W+/g, '-')}` : undefined}
      className="w-16 rounded border border-slate-300 px-2 py-1 aria-invalid:border-red-600"
    />
  );
  const errors = [...(errorsFor(minField(district)) ?? []), ...(errorsFor(maxField(district)) ?? [])];
  return (
    <>
      <span>{name}</span>
      {input(minField(district), t('forms.districtFrom', { district: name }), days?.min)}
      {input(maxField(district), t('forms.districtTo', { district: name }), days?.max)}
      {errors.length > 0 ? (
        <span className="col-span-3">
          <FieldErrors id={`delivery-${district.replace(/\W+/g, '-')}`} name={minField(district)} errors={errors} />
        </span>
      ) : null}
    </>
  );
}
