import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm } from '@/components/admin/filter-form';
import { firstValue } from '@/lib/admin/url-filters';
import { Pager } from '@/components/admin/pager';
import { listControlledRegister, parseRegisterFilter, type RegisterFilter } from '@/lib/controlled/register-list';
import { formattersFor } from '@/lib/i18n/format';
import { requirePermission } from '@/lib/permissions/guard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.register');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(path: string, filter: Omit<RegisterFilter, 'page'>, page?: number): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (page) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export default async function ControlledRegisterPage({ searchParams }: Props) {
  await requirePermission('controlled-register.view');
  const raw = await searchParams;
  const filter = parseRegisterFilter(raw);
  const { rows, total, page, pageCount } = await listControlledRegister(filter);
  const { page: _page, ...days } = filter;
  const t = await getTranslations('admin.register');
  const tFilters = await getTranslations('admin.filters');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <a href={href('/api/admin/exports/controlled-register', days)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm" data-testid="export-register">
          {t('export')}
        </a>
      </div>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <FilterForm label={t('filterLabel')} submitLabel={tFilters('filter')} clearHref="/admin/controlled-register">
        <FilterDay label={tFilters('from')} name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label={tFilters('to')} name="to" typed={firstValue(raw.to)} day={filter.to} />
      </FilterForm>
      <ResultCount text={t('count', { count: total })} />
      <DataTable columns={[t('columns.date'), t('columns.order'), t('columns.patient'), t('columns.prescriber'), t('columns.medicine'), { label: t('columns.qty'), alignRight: true }, t('columns.batches'), t('columns.pharmacist')]} emptyMessage={rows.length === 0 ? t('empty') : null}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="register-row">
            <td className="whitespace-nowrap px-3 py-2">{f.day(r.dispensedOn)}</td>
            <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{r.orderNumber}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.patientName}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.prescriberName}<span className="block font-mono text-xs text-slate-600">{t('nmc', { number: r.prescriberNmcNumber })}</span></td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.productName}<span className="block text-xs text-slate-600">{r.genericName}</span></td>
            <td className="px-3 py-2 text-right">{f.count(r.quantity)}</td>
            <td className="px-3 py-2 text-xs [overflow-wrap:anywhere]">{r.batches.map((b) => t('batch', { batch: b.batchNumber, expiry: b.expiryDate, quantity: f.count(b.quantity) })).join('; ')}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.pharmacistName}{r.dispatchedByName && r.dispatchedByName !== r.pharmacistName ? <span className="block text-xs text-slate-600">{t('dispatchedBy', { name: r.dispatchedByName })}</span> : null}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => href('/admin/controlled-register', days, p)} />
    </div>
  );
}
