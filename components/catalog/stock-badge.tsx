import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import type { StockState } from '@/lib/inventory/stock-state';

const STYLES: Record<StockState['status'], string> = {
  in_stock: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  low_stock: 'bg-amber-50 text-amber-900 ring-amber-300',
  out_of_stock: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** The words of lib/inventory's describeStock, in the reader's language. */
export function StockBadge({ stock }: { stock: StockState }) {
  const t = useTranslations('catalog.stock');
  const f = formattersFor(useLocale());
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STYLES[stock.status]}`}>{t(stock.status, { count: f.count(stock.available) })}</span>;
}
