'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldErrors, useFieldWiring } from '@/components/ui/form';
import { formattersFor, type Formatters } from '@/lib/i18n/format';
import type { SafetyWarning, Severity } from '@/lib/safety/types';
import type { WarningWords } from '@/lib/safety/words';

const SEVERITY_STYLE: Record<Severity, { badge: string; box: string }> = {
  major: { badge: 'bg-rose-700 text-white', box: 'border-rose-300 bg-rose-50' },
  moderate: { badge: 'bg-amber-500 text-slate-900', box: 'border-amber-300 bg-amber-50' },
  minor: { badge: 'bg-slate-500 text-white', box: 'border-slate-200 bg-slate-50' },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useTranslations('orders.review.safety.severity');
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${SEVERITY_STYLE[severity].badge}`}>{t(severity)}</span>;
}

type Translate = ReturnType<typeof useTranslations<'orders.review.safety'>>;

/** A title or detail in the page's language; the clinical facts among its values stay as published (lib/safety/data). */
function say(t: Translate, f: Formatters, words: WarningWords): string {
  const values = Object.fromEntries(Object.entries(words.values).map(([name, value]) => [name, typeof value === 'number' ? f.count(value) : value]));
  return t(`warnings.${words.key}`, values);
}

function WarningText({ warning }: { warning: SafetyWarning }) {
  const t = useTranslations('orders.review.safety');
  const f = formattersFor(useLocale());
  return (
    <span className="min-w-0 text-sm">
      <span className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={warning.severity} />
        <span className="text-xs uppercase tracking-wide text-slate-600">{t(`type.${warning.type}`)}</span>
        {warning.patientName ? <span className="text-xs text-slate-600">· {warning.patientName}</span> : null}
      </span>
      <span className="mt-1 block font-semibold">{say(t, f, warning.words.title)}</span>
      <span className="block break-words text-slate-800">{say(t, f, warning.words.detail)}</span>
      {warning.source ? <span className="mt-1 block text-xs text-slate-600">{t('source', { source: warning.source })}</span> : null}
    </span>
  );
}

/** The warnings with nothing to tick: the order page, and reviews already decided. */
export function SafetyWarningList({ warnings }: { warnings: SafetyWarning[] }) {
  const t = useTranslations('orders.review.safety');
  if (warnings.length === 0) return <p className="text-sm text-slate-600">{t('none')}</p>;
  return (
    <ul className="space-y-2" aria-label={t('listLabel')}>
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
  const t = useTranslations('orders.review.safety');
  const f = formattersFor(useLocale());
  if (warnings.length === 0) return <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{t('none')}</p>;
  return (
    <fieldset className="space-y-2" aria-describedby={wiring.errors?.length ? wiring.errorId : undefined} data-testid="safety-acknowledgements">
      <legend className="font-semibold">{t('legend')}</legend>
      <p className="text-xs text-slate-600">
        {t('instructions', { ticked: f.count(ticked.size), total: f.count(warnings.length) })}
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
                aria-label={t('acknowledge', { n: f.count(i + 1), title: say(t, f, w.words.title) })}
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
