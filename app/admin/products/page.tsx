import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { requirePermission } from '@/lib/permissions/guard';
import { searchProducts } from '@/lib/admin/products/read';
import { productSearchSchema } from '@/lib/admin/products/schema';
import { formatPaisa } from '@/lib/money';

export const metadata: Metadata = { title: 'Products' };

const STATUS_OPTIONS = [['all', 'All'], ['active', 'Active'], ['inactive', 'Inactive']] as const;
const COLUMNS: Column[] = ['Medicine', 'Category', { label: 'Price', alignRight: true }, { label: 'MRP', alignRight: true }, { label: 'On hand', alignRight: true }, 'Status'];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProductsPage({ searchParams }: Props) {
  await requirePermission('products.manage');
  const raw = await searchParams;
  const search = productSearchSchema.parse({ q: raw.q ?? '', status: raw.status ?? 'all', page: raw.page ?? 1 });
  const { rows, total, page, pageCount } = await searchProducts(search);
  const href = (p: number) => `/admin/products?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), status: search.status, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Products</h1>
        <Link href="/admin/products/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">New product</Link>
      </div>
      <FilterForm label="Search products">
        <FilterText label="Search" name="q" defaultValue={search.q} placeholder="brand, generic, maker" />
        <FilterSelect label="Status" name="status" defaultValue={search.status} options={STATUS_OPTIONS} />
      </FilterForm>
      <ResultCount count={total} singular="product" />
      <DataTable columns={COLUMNS}>
        {rows.map((p) => (
          <tr key={p.id} className="border-t border-slate-100" data-testid="product-row">
            <td className="px-3 py-2">
              <Link href={`/admin/products/${p.id}`} className="text-brand-700 underline">{p.brandName}</Link> <span className="text-slate-500">{p.strength}</span>
              {p.requiresPrescription ? <span className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800">Rx</span> : null}
              {p.controlled ? <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900">Controlled</span> : null}
              <span className="block text-xs text-slate-500">{p.genericName}</span>
            </td>
            <td className="px-3 py-2">{p.categoryName}</td>
            <td className="px-3 py-2 text-right">{formatPaisa(p.pricePaisa)}</td>
            <td className="px-3 py-2 text-right">{formatPaisa(p.mrpPaisa)}</td>
            <td className="px-3 py-2 text-right"><Link href={`/admin/stock/${p.id}`} className="underline">{p.onHand}</Link></td>
            <td className="px-3 py-2">{p.active ? 'Active' : <span className="text-slate-500">Inactive</span>}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
