'use client';

import { useState } from 'react';
import { ActionForm, Field, FieldErrors, Hidden, SelectField, TextAreaField, useFieldWiring, type FormAction } from '@/components/ui/form';

type Suggestion = { productId: number; name: string; quantity: number | null; source: 'order' | 'ocr'; confidence: number | null };
type RxProduct = { id: number; name: string };

export function ApproveForm({
  action,
  prescriptionId,
  suggestions,
  rxProducts,
  defaultValidUntil,
}: {
  action: FormAction;
  prescriptionId: string;
  suggestions: Suggestion[];
  rxProducts: RxProduct[];
  defaultValidUntil: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Approve" pendingLabel="Approving…" block={false} ariaLabel="Approve prescription">
      <Hidden name="prescriptionId" value={prescriptionId} />
      <CoveredMedicines suggestions={suggestions} rxProducts={rxProducts} />
      <Field name="validUntil" label="Valid until" type="date" defaultValue={defaultValidUntil} />
      <TextAreaField name="messageToCustomer" label="Message to the shopper" rows={2} />
      <TextAreaField name="internalNote" label={<>Internal note <span className="font-normal text-slate-600">(staff only)</span></>} rows={2} />
    </ActionForm>
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
      <table className="mt-2 w-full text-sm">
        <tbody>
          {suggestions.map((s, i) => (
            <tr key={s.productId} className="border-t border-slate-100">
              <td className="py-1.5">
                <input type="hidden" name="productId" value={s.productId} />
                <label htmlFor={`qty-${i}`}>{s.name}</label>
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
