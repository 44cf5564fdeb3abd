import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { requirePermission } from '@/lib/permissions/guard';
import { listStock, stockFilterSchema } from '@/lib/admin/stock';

export const metadata: Metadata = { title: 'Stock' };

const SHOW_OPTIONS = [['all', 'All products'], ['low', 'At or below reorder level']] as const;
const COLUMNS: Column[] = ['Medicine', { label: 'Sellable', alignRight: true }, { label: 'Expired on shelf', alignRight: true }, { label: 'Reorder level', alignRight: true }, 'State'];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StockPage({ searchParams }: Props) {
  await requirePermission('stock.view');
  const raw = await searchParams;
  const filter = stockFilterSchema.parse({ q: raw.q ?? '', filter: raw.filter ?? 'all', page: raw.page ?? 1 });
  const { rows, total, page, pageCount } = await listStock(filter);
  const href = (p: number) => `/admin/stock?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), filter: filter.filter, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Stock</h1>
        <div className="flex gap-2 text-sm">
          <Link href="/admin/stock/batches?expiring=90" className="rounded border border-slate-300 bg-white px-3 py-1.5">Expiring batches</Link>
          <Link href="/admin/stock/batches?expired=1" className="rounded border border-slate-300 bg-white px-3 py-1.5">Expired batches</Link>
          <a href="/api/admin/exports/stock" className="rounded border border-slate-300 bg-white px-3 py-1.5" data-testid="export-stock">Export stock CSV</a>
        </div>
      </div>
      <FilterForm label="Search stock">
        <FilterText label="Medicine" name="q" defaultValue={filter.q} placeholder="brand, generic or maker" />
        <FilterSelect label="Show" name="filter" defaultValue={filter.filter} options={SHOW_OPTIONS} />
      </FilterForm>
      <ResultCount count={total} singular="product" testId="stock-total" />
      <DataTable columns={COLUMNS}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100" data-testid="stock-row">
            <td className="px-3 py-2">
              <Link href={`/admin/stock/${r.id}`} className="text-brand-700 underline">{r.brandName}</Link> <span className="text-slate-500">{r.strength}</span>
              <span className="block text-xs text-slate-500">{r.genericName}</span>
            </td>
            <td className="px-3 py-2 text-right">{r.sellable}</td>
            <td className="px-3 py-2 text-right">{r.expiredUnits || ''}</td>
            <td className="px-3 py-2 text-right">{r.reorderLevel}</td>
            <td className="px-3 py-2">
              {!r.active ? <span className="text-slate-500">Inactive</span> : r.sellable <= r.reorderLevel ? <span className="font-semibold text-red-700">Reorder</span> : 'OK'}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
