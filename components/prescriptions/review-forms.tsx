'use client';

import { useState } from 'react';
import { ActionForm, Field, FieldErrors, Hidden, SelectField, TextAreaField, useFieldWiring, type FormAction } from '@/components/ui/form';
import type { SafetyWarning } from '@/lib/safety/types';
import { SafetyAcknowledgements } from './safety-warnings';

type Suggestion = { productId: number; name: string; quantity: number | null; source: 'order' | 'ocr'; confidence: number | null };
type RxProduct = { id: number; name: string };

export function ApproveForm({
  action,
  prescriptionId,
  suggestions,
  rxProducts,
  defaultValidUntil,
  warnings,
  prescriber,
}: {
  action: FormAction;
  prescriptionId: string;
  suggestions: Suggestion[];
  rxProducts: RxProduct[];
  defaultValidUntil: string;
  warnings: SafetyWarning[];
  prescriber: PrescriberHints;
}) {
  return (
    <ActionForm action={action} submitLabel="Approve" pendingLabel="Approving…" block={false} ariaLabel="Approve prescription">
      <Hidden name="prescriptionId" value={prescriptionId} />
      <SafetyAcknowledgements warnings={warnings} />
      <CoveredMedicines suggestions={suggestions} rxProducts={rxProducts} />
      <PrescriberFields {...prescriber} />
      <Field name="validUntil" label="Valid until" type="date" defaultValue={defaultValidUntil} />
      <TextAreaField name="messageToCustomer" label="Message to the shopper" rows={2} />
      <TextAreaField name="internalNote" label={<>Internal note <span className="font-normal text-slate-600">(staff only)</span></>} rows={2} />
    </ActionForm>
  );
}

type PrescriberHints = { ocrNmcNumber: string | null; ocrDoctorName: string | null; controlled: string[] };

/** The prescriber as written on the prescription; required when a controlled medicine is involved. */
function PrescriberFields({ ocrNmcNumber, ocrDoctorName, controlled }: PrescriberHints) {
  const required = controlled.length > 0;
  return (
    <fieldset className="space-y-2" data-testid="prescriber-fields">
      <legend className="font-semibold">Prescriber</legend>
      {required ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="controlled-notice">
          Controlled: {controlled.join(', ')}. Record the prescriber&apos;s name and NMC number; the dispatch is entered in the controlled-medicine register.
        </p>
      ) : (
        <p className="text-xs text-slate-600">Record who prescribed it. Required for controlled medicines.</p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <Field name="prescriberName" label={`Prescriber's name${required ? '' : ' (optional)'}`} autoComplete="off" maxLength={120} />
          {ocrDoctorName ? <p className="mt-1 text-xs text-slate-600" data-testid="ocr-doctor-hint">OCR read: {ocrDoctorName}</p> : null}
        </div>
        <div>
          <Field name="prescriberNmcNumber" label={`NMC number${required ? '' : ' (optional)'}`} autoComplete="off" maxLength={40} />
          <p className="mt-1 text-xs text-slate-600" data-testid="ocr-nmc-hint">{ocrNmcNumber ? <>OCR read: <span className="font-mono">{ocrNmcNumber}</span> — check it against the prescription</> : 'OCR found no NMC number'}</p>
        </div>
      </div>
    </fieldset>
  );
}

/** Pairs of productId and quantity; the server drops the rows left empty. */
function CoveredMedicines({ suggestions, rxProducts }: { suggestions: Suggestion[]; rxProducts: RxProduct[] }) {
  const [extraRows, setExtraRows] = useState(suggestions.length === 0 ? 1 : 0);
  const items = useFieldWiring('items');
  return (
    <fieldset aria-describedby={items.errors?.length ? items.errorId : undefined}>
      <legend className="font-semibold">Medicines and quantities it covers</legend>
      <p className="text-xs text-slate-600">Pre-filled from the linked orders and what OCR recognised. Leave a quantity empty to leave that medicine out.</p>
      <table className="mt-2 w-full table-fixed text-sm">
        <tbody>
          {suggestions.map((s, i) => (
            <tr key={s.productId} className="border-t border-slate-100">
              <td className="py-1.5">
                <input type="hidden" name="productId" value={s.productId} />
                <label htmlFor={`qty-${i}`} className="[overflow-wrap:anywhere]">{s.name}</label>
                <span className="ml-2 text-xs text-slate-500">
                  {s.source === 'order' ? 'ordered' : 'OCR match'}
                  {s.confidence !== null ? ` · ${Math.round(s.confidence * 100)}% match` : ''}
                </span>
              </td>
              <td className="w-24 py-1.5">
                <input id={`qty-${i}`} name="quantity" type="number" min={0} max={1000} defaultValue={s.quantity ?? ''} className="w-20 rounded border border-slate-300 px-2 py-1" />
              </td>
            </tr>
          ))}
          {Array.from({ length: extraRows }, (_, i) => (
            <tr key={`extra-${i}`} className="border-t border-slate-100">
              <td className="py-1.5">
                <select name="productId" aria-label="Another medicine" className="w-full rounded border border-slate-300 px-2 py-1" defaultValue="">
                  <option value="">Add another medicine…</option>
                  {rxProducts.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </td>
              <td className="w-24 py-1.5">
                <input name="quantity" type="number" min={0} max={1000} aria-label="Quantity" className="w-20 rounded border border-slate-300 px-2 py-1" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setExtraRows((n) => n + 1)} className="mt-2 text-sm text-brand-700 underline">
        Add a medicine
      </button>
      <FieldErrors id={items.errorId} name="items" errors={items.errors} />
    </fieldset>
  );
}

/** Rejection cancels and restocks the orders waiting for it, so the button asks first. */
export function RejectForm({ action, prescriptionId, reasons }: { action: FormAction; prescriptionId: string; reasons: { value: string; label: string }[] }) {
  return (
    <ActionForm
      action={action}
      submitLabel="Reject"
      pendingLabel="Rejecting…"
      tone="danger"
      block={false}
      ariaLabel="Reject prescription"
      confirm={{
        title: 'Reject this prescription?',
        description: 'The shopper is told why. The orders waiting for it are cancelled, their stock goes back on the shelf, and paid ones are marked for refund.',
        confirmLabel: 'Reject prescription',
        cancelLabel: 'Keep reviewing',
      }}
    >
      <Hidden name="prescriptionId" value={prescriptionId} />
      <SelectField name="reason" label="Reason" placeholder="Choose a reason…" options={reasons} />
      <TextAreaField name="detail" label="What the shopper should know" />
      <TextAreaField name="internalNote" label={<>Internal note <span className="font-normal text-slate-600">(staff only)</span></>} rows={2} />
      <p className="text-xs text-slate-600">Rejecting cancels the linked orders waiting for this prescription, restocks them and marks paid ones for refund.</p>
    </ActionForm>
  );
}
