import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/components/admin/pager';
import { requirePermission } from '@/lib/admin/guard';
import { listStock, stockFilterSchema } from '@/lib/admin/stock';

export const metadata: Metadata = { title: 'Stock' };

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
      <form method="get" aria-label="Search stock" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label>
          Medicine
          <input name="q" defaultValue={filter.q} placeholder="brand, generic or maker" className="mt-1 block rounded border border-slate-300 px-2 py-1" />
        </label>
        <label>
          Show
          <select name="filter" defaultValue={filter.filter} className="mt-1 block rounded border border-slate-300 px-2 py-1">
            <option value="all">All products</option>
            <option value="low">At or below reorder level</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">Search</button>
      </form>
      <p className="text-sm text-slate-600" data-testid="stock-total">{total} product{total === 1 ? '' : 's'}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-3 py-2">Medicine</th>
              <th className="px-3 py-2 text-right">Sellable</th>
              <th className="px-3 py-2 text-right">Expired on shelf</th>
              <th className="px-3 py-2 text-right">Reorder level</th>
              <th className="px-3 py-2">State</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
