'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { CheckboxField, Field, FieldErrors, useFieldWiring, useFormResult } from '@/components/ui/form';
import type { AddressDto } from '@/lib/auth/account/addresses';
import { districtsOf, placeName, PROVINCES } from '@/lib/geo/nepal';

/** The fields of a Nepali delivery address, shared by the account's address book and checkout. */
export function AddressFields({
  address,
  prefill,
  withLabel = true,
  withDefault = true,
}: {
  address?: AddressDto;
  /** A first address: the account's own name and mobile, which most shoppers deliver to. */
  prefill?: { recipientName: string; phone: string | null };
  withLabel?: boolean;
  withDefault?: boolean;
}) {
  const t = useTranslations('account.addressForm');
  return (
    <>
      {withLabel ? <Field name="label" label={t('label')} defaultValue={address?.label ?? 'Home'} hint={t('labelHint')} /> : <input type="hidden" name="label" value="Home" />}
      <Field name="recipientName" label={t('recipientName')} autoComplete="name" defaultValue={address?.recipientName ?? prefill?.recipientName} />
      <Field name="phone" label={t('phone')} type="tel" autoComplete="tel" defaultValue={address?.phone ?? prefill?.phone} hint={t('phoneHint')} />
      <ProvinceDistrict province={address?.province} district={address?.district} />
      <Field name="municipality" label={t('municipality')} defaultValue={address?.municipality} />
      <Field name="ward" label={t('ward')} inputMode="numeric" defaultValue={address ? String(address.ward) : undefined} />
      <Field name="street" label={t('street')} autoComplete="address-line1" defaultValue={address?.street} />
      <Field name="landmark" label={t('landmark')} defaultValue={address?.landmark ?? undefined} />
      {withDefault ? <CheckboxField name="isDefault" label={t('isDefault')} defaultChecked={address?.isDefault ?? false} /> : null}
    </>
  );
}

function ProvinceDistrict(props: { province?: string; district?: string }) {
  const state = useFormResult();
  const province = useFieldWiring('province').refill ?? props.province ?? '';
  const district = useFieldWiring('district').refill ?? props.district ?? '';
  // Remount after each submission so the choices start from what was sent, not the first render.
  return <ProvinceDistrictSelects key={state ? submissionKey(state) : 'first'} initialProvince={province} initialDistrict={district} />;
}

// The options' values are lib/geo's English names (what is stored); their labels are in the reader's language.
// Uncontrolled (defaultValue) on purpose: React resets a form after its action runs, and a reset
// returns each select to its default option, so the default must be what was chosen.
function ProvinceDistrictSelects({ initialProvince, initialDistrict }: { initialProvince: string; initialDistrict: string }) {
  const t = useTranslations('account.addressForm');
  const locale = useLocale();
  const [province, setProvince] = useState(initialProvince);
  const provinceField = useFieldWiring('province');
  const districtField = useFieldWiring('district');
  const districts = districtsOf(province);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={provinceField.id} className={provinceField.labelClass}>
          {t('province')}
        </label>
        <select {...provinceField.controlProps} defaultValue={initialProvince} onChange={(e) => setProvince(e.target.value)} className={provinceField.controlClass}>
          <option value="">{t('chooseProvince')}</option>
          {PROVINCES.map((p) => (
            <option key={p.name} value={p.name}>
              {placeName(locale, p.name)}
            </option>
          ))}
        </select>
        <FieldErrors id={provinceField.errorId} name="province" errors={provinceField.errors} />
      </div>
      <div>
        <label htmlFor={districtField.id} className={districtField.labelClass}>
          {t('district')}
        </label>
        <select key={province} {...districtField.controlProps} defaultValue={province === initialProvince ? initialDistrict : ''} className={districtField.controlClass}>
          <option value="">{province ? t('chooseDistrict') : t('chooseProvinceFirst')}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {placeName(locale, d)}
            </option>
          ))}
        </select>
        <FieldErrors id={districtField.errorId} name="district" errors={districtField.errors} />
      </div>
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
