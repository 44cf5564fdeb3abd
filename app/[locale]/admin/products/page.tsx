import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { localized } from '@/lib/i18n/localized';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { searchProducts } from '@/lib/admin/products/read';
import { productSearchSchema } from '@/lib/admin/products/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.products.list'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProductsPage({ searchParams }: Props) {
  await requirePermission('products.manage');
  const raw = await searchParams;
  const search = productSearchSchema.parse({ q: raw.q ?? '', status: raw.status ?? 'all', page: raw.page ?? 1 });
  const [{ rows, total, page, pageCount }, t, locale] = await Promise.all([searchProducts(search), getTranslations('manage.products.list'), getLocale()]);
  const f = formattersFor(locale);
  const columns: Column[] = [
    t('columns.medicine'),
    t('columns.category'),
    { label: t('columns.price'), alignRight: true },
    { label: t('columns.mrp'), alignRight: true },
    { label: t('columns.onHand'), alignRight: true },
    t('columns.status'),
  ];
  const href = (p: number) => `/admin/products?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), status: search.status, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/products/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">{t('newProduct')}</Link>
      </div>
      <FilterForm label={t('searchLabel')} submitLabel={t('search')}>
        <FilterText label={t('search')} name="q" defaultValue={search.q} placeholder={t('searchPlaceholder')} />
        <FilterSelect label={t('status')} name="status" defaultValue={search.status} options={[['all', t('statusAll')], ['active', t('active')], ['inactive', t('inactive')]]} />
      </FilterForm>
      <ResultCount count={total} singular={t('one')} plural={t('other')} />
      <DataTable columns={columns}>
        {rows.map((p) => (
          <tr key={p.id} className="border-t border-slate-100" data-testid="product-row">
            <td className="px-3 py-2">
              <Link href={`/admin/products/${p.id}`} className="text-brand-700 underline">{p.brandName}</Link> <span className="text-slate-500">{p.strength}</span>
              {p.requiresPrescription ? <span className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800">Rx</span> : null}
              {p.controlled ? <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900">{t('controlled')}</span> : null}
              <span className="block text-xs text-slate-500">{p.genericName}</span>
            </td>
            <td className="px-3 py-2">{localized(p.categoryName, p.categoryNameNe, locale)}</td>
            <td className="px-3 py-2 text-right">{f.paisa(p.pricePaisa)}</td>
            <td className="px-3 py-2 text-right">{f.paisa(p.mrpPaisa)}</td>
            <td className="px-3 py-2 text-right"><Link href={`/admin/stock/${p.id}`} className="underline">{p.onHand}</Link></td>
            <td className="px-3 py-2">{p.active ? t('active') : <span className="text-slate-500">{t('inactive')}</span>}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
