'use client';

import { useState } from 'react';
import { addCheckoutAddressAction } from '@/app/(shop)/checkout/actions';
import { ActionForm, Field, FieldErrors, useFormResult } from '@/app/(auth)/_components/form';
import { PROVINCES } from '@/lib/geo/nepal';

/** Adds a delivery address from inside checkout; the page re-renders with it selected. */
export function CheckoutAddressForm() {
  return (
    <ActionForm action={addCheckoutAddressAction} submitLabel="Save address">
      <input type="hidden" name="label" value="Home" />
      <Field name="recipientName" label="Recipient name" autoComplete="name" />
      <Field name="phone" label="Mobile number" type="tel" autoComplete="tel" hint="98XXXXXXXX or 97XXXXXXXX" />
      <ProvinceAndDistrict />
      <Field name="municipality" label="Municipality / rural municipality" />
      <Field name="ward" label="Ward number" inputMode="numeric" />
      <Field name="street" label="Street / tole" autoComplete="address-line1" />
      <Field name="landmark" label="Landmark (optional)" />
    </ActionForm>
  );
}

function ProvinceAndDistrict() {
  const state = useFormResult();
  const [province, setProvince] = useState(state?.values?.province ?? '');
  const districts = PROVINCES.find((p) => p.name === province)?.districts ?? [];
  const select = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2';
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <label className="block text-sm font-medium text-slate-800">
        Province
        <select name="province" value={province} onChange={(e) => setProvince(e.target.value)} className={select}>
          <option value="">Choose a province</option>
          {PROVINCES.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldErrors id="checkout-province-error" errors={state?.fieldErrors?.province} />
      </label>
      <label className="block text-sm font-medium text-slate-800">
        District
        <select name="district" defaultValue={state?.values?.district ?? ''} key={province} className={select}>
          <option value="">{province ? 'Choose a district' : 'Choose a province first'}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <FieldErrors id="checkout-district-error" errors={state?.fieldErrors?.district} />
      </label>
    </div>
  );
}
