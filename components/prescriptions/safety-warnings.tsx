'use client';

import { useState } from 'react';
import { FieldErrors, useFieldWiring } from '@/components/ui/form';
import type { SafetyWarning, Severity } from '@/lib/safety/types';

const SEVERITY_STYLE: Record<Severity, { label: string; badge: string; box: string }> = {
  major: { label: 'Major', badge: 'bg-rose-700 text-white', box: 'border-rose-300 bg-rose-50' },
  moderate: { label: 'Moderate', badge: 'bg-amber-500 text-slate-900', box: 'border-amber-300 bg-amber-50' },
  minor: { label: 'Minor', badge: 'bg-slate-500 text-white', box: 'border-slate-200 bg-slate-50' },
};

const TYPE_LABEL: Record<SafetyWarning['type'], string> = {
  interaction: 'Interaction',
  duplicate_therapy: 'Duplicate therapy',
  allergy: 'Allergy',
  quantity: 'Quantity',
  age: 'Age',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const style = SEVERITY_STYLE[severity];
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>{style.label}</span>;
}

function WarningText({ warning }: { warning: SafetyWarning }) {
  return (
    <span className="min-w-0 text-sm">
      <span className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={warning.severity} />
        <span className="text-xs uppercase tracking-wide text-slate-600">{TYPE_LABEL[warning.type]}</span>
        {warning.patientName ? <span className="text-xs text-slate-600">· {warning.patientName}</span> : null}
      </span>
      <span className="mt-1 block font-semibold">{warning.title}</span>
      <span className="block break-words text-slate-800">{warning.detail}</span>
      {warning.source ? <span className="mt-1 block text-xs text-slate-600">Source: {warning.source}</span> : null}
    </span>
  );
}

/** The warnings with nothing to tick: the order page, and reviews already decided. */
export function SafetyWarningList({ warnings }: { warnings: SafetyWarning[] }) {
  if (warnings.length === 0) return <p className="text-sm text-slate-600">No safety warnings for these medicines and patients.</p>;
  return (
    <ul className="space-y-2" aria-label="Safety warnings">
      {warnings.map((w) => (
        <li key={w.id} className={`rounded-md border p-3 ${SEVERITY_STYLE[w.severity].box}`} data-testid="safety-warning" data-severity={w.severity}>
          <WarningText warning={w} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One box to tick per warning, inside the approval form: the server computes the warnings again
 * and refuses the approval until every one is acknowledged. Controlled, so a refused submission
 * keeps the ticks.
 */
export function SafetyAcknowledgements({ warnings }: { warnings: SafetyWarning[] }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const wiring = useFieldWiring('acknowledge');
  if (warnings.length === 0) return <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">No safety warnings for these medicines and patients.</p>;
  return (
    <fieldset className="space-y-2" aria-describedby={wiring.errors?.length ? wiring.errorId : undefined} data-testid="safety-acknowledgements">
      <legend className="font-semibold">Safety checks</legend>
      <p className="text-xs text-slate-600">
        Read each warning and tick it to show you have considered it; the approval waits until all are ticked. {ticked.size} of {warnings.length} acknowledged.
      </p>
      <ul className="space-y-2">
        {warnings.map((w, i) => (
          <li key={w.id} className={`rounded-md border p-3 ${SEVERITY_STYLE[w.severity].box}`} data-testid="safety-warning" data-severity={w.severity}>
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="acknowledge"
                value={w.id}
                checked={ticked.has(w.id)}
                onChange={(e) =>
                  setTicked((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(w.id);
                    else next.delete(w.id);
                    return next;
                  })
                }
                aria-label={`Acknowledge warning ${i + 1}: ${w.title}`}
                className="mt-1 h-4 w-4 shrink-0"
              />
              <WarningText warning={w} />
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors id={wiring.errorId} name="acknowledge" errors={wiring.errors} />
    </fieldset>
  );
}
