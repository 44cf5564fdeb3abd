'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { PrescriptionUploader, type PatientChoice } from './prescription-uploader';

type Usable = { id: string; label: string };
export type RxLineChoice = { productId: number; name: string };

/**
 * The checkout's prescription step for carts with prescription-only medicines: choose an approved
 * (or still pending) prescription, or upload a new one right here, and say whom each
 * prescription-only medicine is for. Submits `prescriptionId` and one `linePatient` per line.
 */
export function CheckoutPrescriptionStep({
  usable,
  error,
  patients,
  rxLines,
  patientError,
}: {
  usable: Usable[];
  error?: string;
  patients: PatientChoice[];
  rxLines: RxLineChoice[];
  patientError?: string;
}) {
  const t = useTranslations('orders.prescriptions.checkoutStep');
  const [uploaded, setUploaded] = useState<Usable[]>([]);
  const options = [...uploaded, ...usable];
  const [selected, setSelected] = useState<string>(options[0]?.id ?? '');
  return (
    <fieldset className="space-y-3 rounded-lg border border-rose-200 bg-white p-4" data-testid="checkout-prescription-step">
      <legend className="px-1 font-semibold">{t('legend')}</legend>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <input type="hidden" name="prescriptionId" value={selected} />
      {options.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {options.map((o) => (
            <li key={o.id}>
              <label className="flex items-center gap-2">
                <input type="radio" name="prescriptionChoice" value={o.id} checked={selected === o.id} onChange={() => setSelected(o.id)} />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <details open={options.length === 0} className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t('uploadNew')}</summary>
        <div className="mt-3">
          <PrescriptionUploader
            patients={patients}
            onUploaded={(id) => {
              setUploaded((list) => [{ id, label: t('justUploaded') }, ...list]);
              setSelected(id);
            }}
          />
        </div>
      </details>
      {error ? <p role="alert" className="text-sm text-rose-800">{error}</p> : null}
      <div className="space-y-2 border-t border-slate-100 pt-3" data-testid="checkout-line-patients">
        <p className="text-sm font-medium">{t('whoEach')}</p>
        {rxLines.map((line) => (
          <label key={line.productId} className="flex flex-col gap-1 text-sm sm:flex-row sm:items-center sm:justify-between">
            <span>{line.name}</span>
            <select name="linePatient" defaultValue={`${line.productId}:`} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 sm:w-auto sm:max-w-sm">
              <option value={`${line.productId}:`}>{t('samePerson')}</option>
              {patients.map((p) => (
                <option key={p.id} value={`${line.productId}:${p.id}`}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <p className="text-xs text-slate-600">
          {t.rich('notListed', {
            link: (chunks) => (
              <Link href="/account/patients" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {patientError ? <p role="alert" className="text-sm text-rose-800">{patientError}</p> : null}
      </div>
    </fieldset>
  );
}
