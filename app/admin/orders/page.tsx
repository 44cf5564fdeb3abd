import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { OrderStatusPill, PaymentStatusPill } from '@/components/admin/status-pill';
import { requirePermission } from '@/lib/permissions/guard';
import { ordersHref, parseOrderFilter } from '@/lib/admin/orders/filters';
import { firstValue } from '@/lib/admin/url-filters';
import { listOrdersForStaff } from '@/lib/admin/orders/list';
import { formatPaisa } from '@/lib/money';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { formatDateTime } from '@/lib/nepal-time';
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';

export const metadata: Metadata = { title: 'Orders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const METHOD_OPTIONS = [['esewa', 'eSewa'], ['khalti', 'Khalti'], ['cod', 'Cash on delivery']] as const;
const COLUMNS: Column[] = ['Order', 'Placed', 'Customer', 'Phone', 'Status', 'Payment', { label: 'Total', alignRight: true }];

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requirePermission('orders.view');
  const raw = await searchParams;
  const filter = parseOrderFilter(raw);
  const { rows, total, page, pageCount } = await listOrdersForStaff(filter);
  const { page: _page, ...withoutPage } = filter;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Orders</h1>
        <a href={ordersHref(withoutPage, '/api/admin/exports/orders')} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm" data-testid="export-orders">
          Export these as CSV
        </a>
      </div>
      <FilterForm label="Filter orders" submitLabel="Filter" clearHref="/admin/orders">
        <FilterSelect label="Status" name="status" defaultValue={filter.status ?? ''} anyLabel="Any" options={Object.entries(ORDER_STATUS_LABELS)} />
        <FilterSelect label="Payment" name="payment" defaultValue={filter.payment ?? ''} anyLabel="Any" options={Object.entries(PAYMENT_STATUS_LABELS)} />
        <FilterSelect label="Method" name="method" defaultValue={filter.method ?? ''} anyLabel="Any" options={METHOD_OPTIONS} />
        <FilterDay label="From" name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label="To" name="to" typed={firstValue(raw.to)} day={filter.to} />
        <FilterText label="Search" name="q" defaultValue={filter.q ?? ''} placeholder="number, name or phone" />
        {filter.counted ? <input type="hidden" name="counted" value="1" /> : null}
        {filter.attention ? <input type="hidden" name="attention" value="1" /> : null}
        {filter.open ? <input type="hidden" name="open" value="1" /> : null}
      </FilterForm>
      <ResultCount count={total} singular="order" testId="orders-total">
        {filter.counted ? ' counted as sales (not cancelled, not awaiting payment)' : ''}
        {filter.attention ? ' with an online payment left pending or ambiguous' : ''}
        {filter.open ? ' still holding stock unpaid or unconfirmed' : ''}
      </ResultCount>
      <DataTable columns={COLUMNS} emptyMessage={rows.length === 0 ? 'No orders match.' : null}>
        {rows.map((o) => (
          <tr key={o.id} className="border-t border-slate-100" data-testid="order-row">
            <td className="px-3 py-2">
              <Link href={`/admin/orders/${o.number}`} className="font-mono text-brand-700 underline">{o.number}</Link>
            </td>
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(o.createdAt)}</td>
            <td className="px-3 py-2">
              {o.customerName}
              {o.recipientName !== o.customerName ? <span className="text-slate-500"> → {o.recipientName}</span> : null}
              <span className="block text-xs text-slate-500">{o.district}</span>
            </td>
            <td className="px-3 py-2">{o.phone}</td>
            <td className="px-3 py-2"><OrderStatusPill status={o.status} /></td>
            <td className="px-3 py-2">
              <PaymentStatusPill status={o.paymentStatus} /> <span className="text-xs text-slate-500">{o.paymentMethod === 'cod' ? 'COD' : PAYMENT_METHOD_LABELS[o.paymentMethod]}</span>
            </td>
            <td className="px-3 py-2 text-right">{formatPaisa(o.totalPaisa)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => ordersHref({ ...withoutPage, page: p })} />
    </div>
  );
}
