'use client';

import { useState } from 'react';
import { PrescriptionUploader } from './prescription-uploader';

type Usable = { id: string; label: string };

/**
 * The checkout's prescription step for carts with prescription-only medicines: choose an approved
 * (or still pending) prescription, or upload a new one right here. Submits `prescriptionId`.
 */
export function CheckoutPrescriptionStep({ usable, error }: { usable: Usable[]; error?: string }) {
  const [uploaded, setUploaded] = useState<Usable[]>([]);
  const options = [...uploaded, ...usable];
  const [selected, setSelected] = useState<string>(options[0]?.id ?? '');
  return (
    <fieldset className="space-y-3 rounded-lg border border-rose-200 bg-white p-4" data-testid="checkout-prescription-step">
      <legend className="px-1 font-semibold">Prescription</legend>
      <p className="text-sm text-slate-700">Your cart has prescription-only medicines. A pharmacist checks the prescription before we pack them.</p>
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
        <summary className="cursor-pointer font-medium text-brand-700">Upload a new prescription</summary>
        <div className="mt-3">
          <PrescriptionUploader
            onUploaded={(id) => {
              setUploaded((list) => [{ id, label: 'Just uploaded (waiting for review)' }, ...list]);
              setSelected(id);
            }}
          />
        </div>
      </details>
      {error ? <p role="alert" className="text-sm text-rose-800">{error}</p> : null}
    </fieldset>
  );
}
