import type { Metadata } from 'next';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm } from '@/components/admin/filter-form';
import { firstValue } from '@/lib/admin/url-filters';
import { Pager } from '@/components/admin/pager';
import { batchesText, listControlledRegister, parseRegisterFilter, type RegisterFilter } from '@/lib/controlled/register-list';
import { formatDay } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';

export const metadata: Metadata = { title: 'Controlled-medicine register' };

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
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Controlled-medicine register</h1>
        <a href={href('/api/admin/exports/controlled-register', days)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm" data-testid="export-register">
          Export for an inspector (CSV)
        </a>
      </div>
      <p className="text-sm text-slate-600">Every controlled medicine dispatched, written when the order leaves. Entries are never changed or removed.</p>
      <FilterForm label="Filter the register" submitLabel="Filter" clearHref="/admin/controlled-register">
        <FilterDay label="From" name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label="To" name="to" typed={firstValue(raw.to)} day={filter.to} />
      </FilterForm>
      <ResultCount count={total} singular="entry" plural="entries" />
      <DataTable columns={['Date', 'Order', 'Patient', 'Prescriber', 'Medicine', { label: 'Qty', alignRight: true }, 'Batches', 'Pharmacist']} emptyMessage={rows.length === 0 ? 'No controlled medicines dispatched in these days.' : null}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="register-row">
            <td className="whitespace-nowrap px-3 py-2">{formatDay(r.dispensedOn)}</td>
            <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{r.orderNumber}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.patientName}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.prescriberName}<span className="block font-mono text-xs text-slate-600">NMC {r.prescriberNmcNumber}</span></td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.productName}<span className="block text-xs text-slate-600">{r.genericName}</span></td>
            <td className="px-3 py-2 text-right">{r.quantity}</td>
            <td className="px-3 py-2 text-xs [overflow-wrap:anywhere]">{batchesText(r.batches)}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.pharmacistName}{r.dispatchedByName && r.dispatchedByName !== r.pharmacistName ? <span className="block text-xs text-slate-600">dispatched by {r.dispatchedByName}</span> : null}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => href('/admin/controlled-register', days, p)} />
    </div>
  );
}
