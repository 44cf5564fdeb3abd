import Link from 'next/link';
import type { ReactNode } from 'react';

// Plain GET forms so a filtered admin list is a shareable URL and works without JavaScript.
const fieldClass = 'mt-1 block rounded border border-slate-300 px-2 py-1';

type FilterFormProps = { label: string; submitLabel?: string; clearHref?: string; children: ReactNode };

export function FilterForm({ label, submitLabel = 'Search', clearHref, children }: FilterFormProps) {
  return (
    <form method="get" aria-label={label} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      {children}
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">{submitLabel}</button>
      {clearHref ? <Link href={clearHref} className="text-brand-700 underline">Clear</Link> : null}
    </form>
  );
}

type FilterTextProps = { label: string; name: string; defaultValue: string; placeholder?: string; type?: 'date' };

export function FilterText({ label, name, defaultValue, placeholder, type }: FilterTextProps) {
  return (
    <label>
      {label}
      <input type={type} name={name} defaultValue={defaultValue} placeholder={placeholder} className={fieldClass} />
    </label>
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
    <label>
      {label}
      <select name={name} defaultValue={defaultValue} className={fieldClass}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
}
