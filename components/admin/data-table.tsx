import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { formattersFor } from '@/lib/i18n/format';

export type Column = string | { label: ReactNode; alignRight?: boolean; key?: string };

type DataTableProps = {
  columns: Column[];
  /** Shown across the whole table when there are no rows; omit to show an empty body. */
  emptyMessage?: string | null;
  children: ReactNode;
};

/** The bordered, horizontally scrollable table shell every admin list uses. */
export function DataTable({ columns, emptyMessage, children }: DataTableProps) {
  return (
    // relative: an absolutely placed child (a column's sr-only label) is then clipped here too, not left far off the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <th key={column} className="px-3 py-2">{column}</th>
              ) : (
                <th key={column.key ?? index} className={column.alignRight ? 'px-3 py-2 text-right' : 'px-3 py-2'}>{column.label}</th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {children}
          {emptyMessage ? (
            <tr><td colSpan={columns.length} className="px-3 py-6 text-center text-slate-500">{emptyMessage}</td></tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

type ResultCountProps = ({ count: number; singular: string; plural?: string } | { text: string }) & { testId?: string; children?: ReactNode };

/**
 * "12 products" above a list; children add a qualifier after the noun. A translated page passes the
 * whole phrase as `text` (its plural rules are the language's); `count` and `singular` put the
 * figure, in the reader's digits, before the noun.
 */
export function ResultCount({ testId, children, ...count }: ResultCountProps) {
  const f = formattersFor(useLocale());
  // English keeps its plain figure ("1234 users"), as before; Nepali writes its own digits.
  const figure = 'count' in count ? (f.locale === 'en' ? String(count.count) : f.count(count.count)) : '';
  return (
    <p className="text-sm text-slate-600" data-testid={testId}>
      {'text' in count ? count.text : `${figure} ${count.count === 1 ? count.singular : (count.plural ?? `${count.singular}s`)}`}
      {children}
    </p>
  );
}
