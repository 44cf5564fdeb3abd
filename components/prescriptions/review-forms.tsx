'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';

type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;
type Suggestion = { productId: number; name: string; quantity: number | null; source: 'order' | 'ocr'; confidence: number | null };
type RxProduct = { id: number; name: string };

function Errors({ state, field }: { state: ActionResult; field: string }) {
  const errors = state.fieldErrors?.[field];
  return errors ? <p className="mt-1 text-sm text-rose-800">{errors.join(' ')}</p> : null;
}

function Outcome({ state }: { state: ActionResult }) {
  if (!state.message) return null;
  return <p role={state.ok ? 'status' : 'alert'} className={`rounded-md p-3 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-950' : 'bg-rose-50 text-rose-900'}`}>{state.message}</p>;
}

export function ApproveForm({
  action,
  prescriptionId,
  suggestions,
  rxProducts,
  defaultValidUntil,
}: {
  action: Action;
  prescriptionId: string;
  suggestions: Suggestion[];
  rxProducts: RxProduct[];
  defaultValidUntil: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [extraRows, setExtraRows] = useState(suggestions.length === 0 ? 1 : 0);
  return (
    <form action={formAction} className="space-y-4" aria-label="Approve prescription">
      <input type="hidden" name="prescriptionId" value={prescriptionId} />
      <fieldset>
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
                    {rxProducts.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                  </select>
                </td>
                <td className="w-24 py-1.5">
                  <input name="quantity" type="number" min={0} max={1000} aria-label="Quantity" className="w-20 rounded border border-slate-300 px-2 py-1" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setExtraRows((n) => n + 1)} className="mt-2 text-sm text-brand-700 underline">Add a medicine</button>
        <Errors state={state} field="items" />
      </fieldset>
      <div>
        <label htmlFor="validUntil" className="block font-semibold">Valid until</label>
        <input id="validUntil" name="validUntil" type="date" required defaultValue={state.values?.validUntil ?? defaultValidUntil} className="mt-1 rounded border border-slate-300 px-2 py-1" />
        <Errors state={state} field="validUntil" />
      </div>
      <div>
        <label htmlFor="messageToCustomer" className="block font-semibold">Message to the shopper</label>
        <textarea id="messageToCustomer" name="messageToCustomer" rows={2} defaultValue={state.values?.messageToCustomer} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
      </div>
      <div>
        <label htmlFor="internalNote" className="block font-semibold">Internal note <span className="font-normal text-slate-600">(staff only)</span></label>
        <textarea id="internalNote" name="internalNote" rows={2} defaultValue={state.values?.internalNote} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
      </div>
      <Outcome state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? 'Approving…' : 'Approve'}
      </button>
    </form>
  );
}

export function RejectForm({ action, prescriptionId, reasons }: { action: Action; prescriptionId: string; reasons: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="space-y-4" aria-label="Reject prescription">
      <input type="hidden" name="prescriptionId" value={prescriptionId} />
      <div>
        <label htmlFor="reason" className="block font-semibold">Reason</label>
        <select id="reason" name="reason" required defaultValue={state.values?.reason ?? ''} className="mt-1 rounded border border-slate-300 px-2 py-1">
          <option value="" disabled>Choose a reason…</option>
          {reasons.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
        <Errors state={state} field="reason" />
      </div>
      <div>
        <label htmlFor="detail" className="block font-semibold">What the shopper should know</label>
        <textarea id="detail" name="detail" rows={3} required defaultValue={state.values?.detail} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        <Errors state={state} field="detail" />
      </div>
      <div>
        <label htmlFor="rejectInternalNote" className="block font-semibold">Internal note <span className="font-normal text-slate-600">(staff only)</span></label>
        <textarea id="rejectInternalNote" name="internalNote" rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
      </div>
      <p className="text-xs text-slate-600">Rejecting cancels the linked orders waiting for this prescription, restocks them and marks paid ones for refund.</p>
      <Outcome state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-rose-700 px-4 py-2 font-semibold text-white hover:bg-rose-800 disabled:opacity-60">
        {pending ? 'Rejecting…' : 'Reject'}
      </button>
    </form>
  );
}
