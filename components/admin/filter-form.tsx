import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { IsoDate } from '@/lib/nepal-time';

// Plain GET forms so a filtered admin list is a shareable URL and works without JavaScript.
const fieldClass = 'mt-1 block rounded border border-slate-300 px-2 py-1';

type FilterFormProps = { label: string; submitLabel?: string; clearHref?: string; children: ReactNode };

export function FilterForm({ label, submitLabel, clearHref, children }: FilterFormProps) {
  const t = useTranslations('admin.filters');
  return (
    <form method="get" aria-label={label} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      {children}
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">{submitLabel ?? t('search')}</button>
      {clearHref ? <Link href={clearHref} className="text-brand-700 underline">{t('clear')}</Link> : null}
    </form>
  );
}

type FilterTextProps = { label: string; name: string; defaultValue: string; placeholder?: string };

export function FilterText({ label, name, defaultValue, placeholder }: FilterTextProps) {
  return (
    <label>
      {label}
      <input name={name} defaultValue={defaultValue} placeholder={placeholder} className={fieldClass} />
    </label>
  );
}

type FilterDayProps = { label: string; name: string; typed: string | undefined; day: IsoDate | undefined };

/**
 * A day typed in Bikram Sambat or Gregorian (staff think in BS; reports come in AD). Under the box
 * it says which day it was read as, or that it could not be read and is not filtering.
 */
export function FilterDay({ label, name, typed, day }: FilterDayProps) {
  const t = useTranslations('admin.filters');
  const f = formattersFor(useLocale());
  const hintId = `${name}-day-reading`;
  const text = typed?.trim() ? typed.slice(0, 40) : (day ?? '');
  return (
    <div>
      <label>
        {label}
        <input
          name={name}
          defaultValue={text}
          placeholder={t('dayPlaceholder')}
          inputMode="numeric"
          maxLength={40}
          aria-describedby={hintId}
          aria-invalid={text !== '' && !day ? true : undefined}
          className={`${fieldClass} w-40`}
        />
      </label>
      <span id={hintId} className={`block text-xs ${text !== '' && !day ? 'text-red-700' : 'text-slate-600'}`} data-testid={`${name}-day-reading`}>
        {day ? f.day(day) : text !== '' ? t('notADate') : t('dayHint')}
      </span>
    </div>
  );
}

type FilterSelectProps = {
  label: string;
  name: string;
  defaultValue: string;
  /** [value, label] pairs, in the order shown. */
  options: ReadonlyArray<readonly [string, string]>;
  /** Label of a leading empty-value option meaning "no filter". */
  anyLabel?: string;
};

export function FilterSelect({ label, name, defaultValue, options, anyLabel }: FilterSelectProps) {
  return (
    // A select is as wide as its longest option (the audit log's action names): held to the phone's width.
    <label className="min-w-0 max-w-full">
      {label}
      <select name={name} defaultValue={defaultValue} className={`${fieldClass} max-w-full`}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
}
