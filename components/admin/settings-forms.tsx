'use client';

import type { DeliveryDays } from '@/db/schema/settings';
import { PROVINCES } from '@/lib/geo/nepal';
import { maxField, MAX_DELIVERY_DAYS, minField, type PharmacyDetails } from '@/lib/settings/schema';
import { ActionForm, Field, FieldErrors, useFormResult, type FormAction } from '@/components/ui/form';

export function PharmacyDetailsForm({ action, values }: { action: FormAction; values: PharmacyDetails | null }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Save details" testId="pharmacy-details-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="pharmacyName" label="Pharmacy name (as registered)" defaultValue={values?.pharmacyName} maxLength={120} className="sm:col-span-2" />
        <Field name="ddaLicenceNumber" label="DDA licence number" hint="Department of Drug Administration registration, as on the certificate." defaultValue={values?.ddaLicenceNumber} maxLength={40} />
        <Field name="panNumber" label="PAN" hint="9 digits." inputMode="numeric" defaultValue={values?.panNumber} maxLength={9} />
        <Field name="address" label="Address" hint="Street, ward, municipality and district." defaultValue={values?.address} maxLength={200} className="sm:col-span-2" />
        <Field name="phone" label="Phone" type="tel" defaultValue={values?.phone} maxLength={20} />
        <Field name="email" label="Email" type="email" defaultValue={values?.email} maxLength={254} />
        <Field name="pharmacistName" label="Pharmacist in charge" defaultValue={values?.pharmacistName} maxLength={80} />
        <Field name="pharmacistRegistration" label="NPC or NMC registration number" hint="Nepal Pharmacy Council (or Nepal Medical Council) number." defaultValue={values?.pharmacistRegistration} maxLength={30} />
      </div>
    </ActionForm>
  );
}

export function DeliveryDaysForm({ action, days }: { action: FormAction; days: Record<string, DeliveryDays> }) {
  return (
    <ActionForm action={action} density="compact" submitLabel="Save delivery times" testId="delivery-days-form">
      <div className="grid gap-4 lg:grid-cols-2">
        {PROVINCES.map((province) => (
          <fieldset key={province.name} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{province.name}</legend>
            <div className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-2 gap-y-1 text-sm">
              <span className="text-xs text-slate-500">District</span>
              <span className="text-xs text-slate-500">From (days)</span>
              <span className="text-xs text-slate-500">To (days)</span>
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

function DistrictRow({ district, days }: { district: string; days?: DeliveryDays }) {
  const state = useFormResult();
  // Refill only after a refusal; after a success the page's own (fresh) values apply.
  const refill = (field: string, saved?: number) => (state && !state.ok ? state.values?.[field] : undefined) ?? (saved === undefined ? '' : String(saved));
  const errorsFor = (field: string) => state?.fieldErrors?.[field];
  const input = (field: string, label: string, saved?: number) => (
    <input
      name={field}
      aria-label={`${district}: ${label}`}
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
      <span>{district}</span>
      {input(minField(district), 'from', days?.min)}
      {input(maxField(district), 'to', days?.max)}
      {errors.length > 0 ? (
        <span className="col-span-3">
          <FieldErrors id={`delivery-${district.replace(/\W+/g, '-')}`} name={minField(district)} errors={errors} />
        </span>
      ) : null}
    </>
  );
}
