'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionForm, Field, FieldErrors, Hidden, SelectField, TextAreaField, useFieldWiring, type FormAction } from '@/components/ui/form';
import { formattersFor } from '@/lib/i18n/format';
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
  const t = useTranslations('orders.review.approve');
  return (
    <ActionForm action={action} submitLabel={t('submit')} pendingLabel={t('pending')} block={false} ariaLabel={t('formLabel')}>
      <Hidden name="prescriptionId" value={prescriptionId} />
      <SafetyAcknowledgements warnings={warnings} />
      <CoveredMedicines suggestions={suggestions} rxProducts={rxProducts} />
      <PrescriberFields {...prescriber} />
      <Field name="validUntil" label={t('validUntil')} type="date" defaultValue={defaultValidUntil} />
      <TextAreaField name="messageToCustomer" label={t('messageToCustomer')} rows={2} />
      <InternalNote />
    </ActionForm>
  );
}

function InternalNote() {
  const t = useTranslations('orders.review.approve');
  return <TextAreaField name="internalNote" label={t.rich('internalNote', { muted: (chunks) => <span className="font-normal text-slate-600">{chunks}</span> })} rows={2} />;
}

type PrescriberHints = { ocrNmcNumber: string | null; ocrDoctorName: string | null; controlled: string[] };

/** The prescriber as written on the prescription; required when a controlled medicine is involved. */
function PrescriberFields({ ocrNmcNumber, ocrDoctorName, controlled }: PrescriberHints) {
  const required = controlled.length > 0;
  const t = useTranslations('orders.review.prescriber');
  return (
    <fieldset className="space-y-2" data-testid="prescriber-fields">
      <legend className="font-semibold">{t('legend')}</legend>
      {required ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="controlled-notice">
          {t('controlled', { medicines: controlled.join(', ') })}
        </p>
      ) : (
        <p className="text-xs text-slate-600">{t('optionalNote')}</p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <Field name="prescriberName" label={required ? t('name') : t('nameOptional')} autoComplete="off" maxLength={120} />
          {ocrDoctorName ? <p className="mt-1 text-xs text-slate-600" data-testid="ocr-doctor-hint">{t('ocrRead', { text: ocrDoctorName })}</p> : null}
        </div>
        <div>
          <Field name="prescriberNmcNumber" label={required ? t('nmc') : t('nmcOptional')} autoComplete="off" maxLength={40} />
          <p className="mt-1 text-xs text-slate-600" data-testid="ocr-nmc-hint">{ocrNmcNumber ? t.rich('ocrNmc', { number: ocrNmcNumber, mono: (chunks) => <span className="font-mono">{chunks}</span> }) : t('ocrNoNmc')}</p>
        </div>
      </div>
    </fieldset>
  );
}

/** Pairs of productId and quantity; the server drops the rows left empty. */
function CoveredMedicines({ suggestions, rxProducts }: { suggestions: Suggestion[]; rxProducts: RxProduct[] }) {
  const [extraRows, setExtraRows] = useState(suggestions.length === 0 ? 1 : 0);
  const items = useFieldWiring('items');
  const t = useTranslations('orders.review.covered');
  const f = formattersFor(useLocale());
  return (
    <fieldset aria-describedby={items.errors?.length ? items.errorId : undefined}>
      <legend className="font-semibold">{t('legend')}</legend>
      <p className="text-xs text-slate-600">{t('intro')}</p>
      <table className="mt-2 w-full table-fixed text-sm">
        <tbody>
          {suggestions.map((s, i) => (
            <tr key={s.productId} className="border-t border-slate-100">
              <td className="py-1.5">
                <input type="hidden" name="productId" value={s.productId} />
                <label htmlFor={`qty-${i}`} className="[overflow-wrap:anywhere]">{s.name}</label>
                <span className="ml-2 text-xs text-slate-500">
                  {s.source === 'order' ? t('ordered') : t('ocrMatch')}
                  {s.confidence !== null ? t('confidence', { percent: f.count(Math.round(s.confidence * 100)) }) : ''}
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
                <select name="productId" aria-label={t('another')} className="w-full rounded border border-slate-300 px-2 py-1" defaultValue="">
                  <option value="">{t('addAnotherOption')}</option>
                  {rxProducts.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </td>
              <td className="w-24 py-1.5">
                <input name="quantity" type="number" min={0} max={1000} aria-label={t('quantity')} className="w-20 rounded border border-slate-300 px-2 py-1" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setExtraRows((n) => n + 1)} className="mt-2 text-sm text-brand-700 underline">
        {t('addMedicine')}
      </button>
      <FieldErrors id={items.errorId} name="items" errors={items.errors} />
    </fieldset>
  );
}

/** Rejection cancels and restocks the orders waiting for it, so the button asks first. */
export function RejectForm({ action, prescriptionId, reasons }: { action: FormAction; prescriptionId: string; reasons: { value: string; label: string }[] }) {
  const t = useTranslations('orders.review.reject');
  return (
    <ActionForm
      action={action}
      submitLabel={t('submit')}
      pendingLabel={t('pending')}
      tone="danger"
      block={false}
      ariaLabel={t('formLabel')}
      confirm={{
        title: t('confirmTitle'),
        description: t('confirmDescription'),
        confirmLabel: t('confirm'),
        cancelLabel: t('keepReviewing'),
      }}
    >
      <Hidden name="prescriptionId" value={prescriptionId} />
      <SelectField name="reason" label={t('reason')} placeholder={t('reasonPlaceholder')} options={reasons} />
      <TextAreaField name="detail" label={t('detail')} />
      <InternalNote />
      <p className="text-xs text-slate-600">{t('note')}</p>
    </ActionForm>
  );
}
