import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { requirePermission } from '@/lib/permissions/guard';
import { listStock, stockFilterSchema } from '@/lib/admin/stock';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.stock.list');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StockPage({ searchParams }: Props) {
  await requirePermission('stock.view');
  const raw = await searchParams;
  const filter = stockFilterSchema.parse({ q: raw.q ?? '', filter: raw.filter ?? 'all', page: raw.page ?? 1 });
  const { rows, total, page, pageCount } = await listStock(filter);
  const t = await getTranslations('admin.stock.list');
  const f = formattersFor(await getLocale());
  const showOptions = [['all', t('showAll')], ['low', t('showLow')]] as const;
  const columns: Column[] = [t('columns.medicine'), { label: t('columns.sellable'), alignRight: true }, { label: t('columns.expiredOnShelf'), alignRight: true }, { label: t('columns.reorderLevel'), alignRight: true }, t('columns.state')];
  const href = (p: number) => `/admin/stock?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), filter: filter.filter, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <div className="flex gap-2 text-sm">
          <Link href="/admin/stock/batches?expiring=90" className="rounded border border-slate-300 bg-white px-3 py-1.5">{t('expiring')}</Link>
          <Link href="/admin/stock/batches?expired=1" className="rounded border border-slate-300 bg-white px-3 py-1.5">{t('expired')}</Link>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a CSV from a route handler, not a page; the rule reads this /api address as one of app/[locale]'s */}
          <a href="/api/admin/exports/stock" className="rounded border border-slate-300 bg-white px-3 py-1.5" data-testid="export-stock">{t('export')}</a>
        </div>
      </div>
      <FilterForm label={t('filterLabel')}>
        <FilterText label={t('medicine')} name="q" defaultValue={filter.q} placeholder={t('medicinePlaceholder')} />
        <FilterSelect label={t('show')} name="filter" defaultValue={filter.filter} options={showOptions} />
      </FilterForm>
      <ResultCount text={t('count', { count: total })} testId="stock-total" />
      <DataTable columns={columns}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100" data-testid="stock-row">
            <td className="px-3 py-2">
              <Link href={`/admin/stock/${r.id}`} className="text-brand-700 underline">{r.brandName}</Link> <span className="text-slate-500">{r.strength}</span>
              <span className="block text-xs text-slate-500">{r.genericName}</span>
            </td>
            <td className="px-3 py-2 text-right">{f.count(r.sellable)}</td>
            <td className="px-3 py-2 text-right">{r.expiredUnits ? f.count(r.expiredUnits) : ''}</td>
            <td className="px-3 py-2 text-right">{f.count(r.reorderLevel)}</td>
            <td className="px-3 py-2">
              {!r.active ? <span className="text-slate-500">{t('inactive')}</span> : r.sellable <= r.reorderLevel ? <span className="font-semibold text-red-700">{t('reorder')}</span> : t('ok')}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
