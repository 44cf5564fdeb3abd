'use client';

import { useId, useState } from 'react';
import { ActionForm, Field, FieldErrors, Hidden, useFormResult } from '@/app/(auth)/_components/form';
import type { AddressDto } from '@/lib/auth/account/addresses';
import { PROVINCES } from '@/lib/geo/nepal';
import { createAddressAction, updateAddressAction } from '../actions';

export function AddressForm({ address }: { address?: AddressDto }) {
  return (
    <ActionForm action={address ? updateAddressAction : createAddressAction} submitLabel={address ? 'Save address' : 'Add address'}>
      {address ? <Hidden name="id" value={address.id} /> : null}
      <Field name="label" label="Label" defaultValue={address?.label ?? 'Home'} hint="e.g. Home, Office" />
      <Field name="recipientName" label="Recipient name" autoComplete="name" defaultValue={address?.recipientName} />
      <Field name="phone" label="Mobile number" type="tel" autoComplete="tel" defaultValue={address?.phone} hint="98XXXXXXXX or 97XXXXXXXX" />
      <ProvinceDistrict province={address?.province} district={address?.district} />
      <Field name="municipality" label="Municipality / rural municipality" defaultValue={address?.municipality} />
      <Field name="ward" label="Ward number" inputMode="numeric" defaultValue={address ? String(address.ward) : undefined} />
      <Field name="street" label="Street / tole" autoComplete="address-line1" defaultValue={address?.street} />
      <Field name="landmark" label="Landmark (optional)" defaultValue={address?.landmark ?? undefined} />
      <DefaultCheckbox checked={address?.isDefault ?? false} />
    </ActionForm>
  );
}

function ProvinceDistrict(props: { province?: string; district?: string }) {
  const state = useFormResult();
  // Remount after each submission so the choices start from what was sent, not the first render.
  const province = state?.values?.province ?? props.province ?? '';
  const district = state?.values?.district ?? props.district ?? '';
  return <ProvinceDistrictSelects key={state ? submissionKey(state) : 'first'} initialProvince={province} initialDistrict={district} />;
}

// Uncontrolled (defaultValue) on purpose: React resets a form after its action runs, and a reset
// returns each select to its default option, so the default must be what was chosen.
function ProvinceDistrictSelects({ initialProvince, initialDistrict }: { initialProvince: string; initialDistrict: string }) {
  const state = useFormResult();
  const [province, setProvince] = useState(initialProvince);
  const provinceId = useId();
  const districtId = useId();
  const districts = PROVINCES.find((p) => p.name === province)?.districts ?? [];
  const select = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600';
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={provinceId} className="block text-sm font-medium text-slate-800">
          Province
        </label>
        <select
          id={provinceId}
          name="province"
          defaultValue={initialProvince}
          onChange={(e) => setProvince(e.target.value)}
          aria-invalid={state?.fieldErrors?.province ? true : undefined}
          className={select}
        >
          <option value="">Choose a province</option>
          {PROVINCES.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldErrors id={`${provinceId}-error`} errors={state?.fieldErrors?.province} />
      </div>
      <div>
        <label htmlFor={districtId} className="block text-sm font-medium text-slate-800">
          District
        </label>
        <select
          key={province}
          id={districtId}
          name="district"
          defaultValue={province === initialProvince ? initialDistrict : ''}
          aria-invalid={state?.fieldErrors?.district ? true : undefined}
          className={select}
        >
          <option value="">{province ? 'Choose a district' : 'Choose a province first'}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <FieldErrors id={`${districtId}-error`} errors={state?.fieldErrors?.district} />
      </div>
    </div>
  );
}

function DefaultCheckbox({ checked }: { checked: boolean }) {
  const id = useId();
  const state = useFormResult();
  const value = state ? state.values?.isDefault === 'on' : checked;
  return (
    <div className="flex items-center gap-2">
      <input key={String(value)} id={id} type="checkbox" name="isDefault" defaultChecked={value} className="h-4 w-4" />
      <label htmlFor={id} className="text-sm text-slate-800">
        Use as my default delivery address
      </label>
    </div>
  );
}

// A fresh number per submission result, so React's form reset cannot leave stale selects behind.
const submissionKeys = new WeakMap<object, number>();
let nextSubmissionKey = 0;
function submissionKey(submission: object): number {
  let key = submissionKeys.get(submission);
  if (key === undefined) submissionKeys.set(submission, (key = nextSubmissionKey++));
  return key;
}
