import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateTime } from '@/components/admin/format';
import { Pager } from '@/components/admin/pager';
import { OrderStatusPill, PaymentStatusPill } from '@/components/admin/status-pill';
import { requirePermission } from '@/lib/admin/guard';
import { ordersHref, parseOrderFilter } from '@/lib/admin/orders/filters';
import { listOrdersForStaff } from '@/lib/admin/orders/list';
import { formatPaisa } from '@/lib/catalog/money';
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';

export const metadata: Metadata = { title: 'Orders' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = 'mt-1 block rounded border border-slate-300 px-2 py-1 text-sm';

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requirePermission('orders.view');
  const filter = parseOrderFilter(await searchParams);
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
      <form method="get" aria-label="Filter orders" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label>
          Status
          <select name="status" defaultValue={filter.status ?? ''} className={field}>
            <option value="">Any</option>
            {Object.entries(ORDER_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          Payment
          <select name="payment" defaultValue={filter.payment ?? ''} className={field}>
            <option value="">Any</option>
            {Object.entries(PAYMENT_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          Method
          <select name="method" defaultValue={filter.method ?? ''} className={field}>
            <option value="">Any</option>
            <option value="esewa">eSewa</option>
            <option value="cod">Cash on delivery</option>
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={filter.from ?? ''} className={field} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={filter.to ?? ''} className={field} />
        </label>
        <label>
          Search
          <input name="q" defaultValue={filter.q ?? ''} placeholder="number, name or phone" className={field} />
        </label>
        {filter.counted ? <input type="hidden" name="counted" value="1" /> : null}
        {filter.attention ? <input type="hidden" name="attention" value="1" /> : null}
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">Filter</button>
        <Link href="/admin/orders" className="text-brand-700 underline">Clear</Link>
      </form>
      <p className="text-sm text-slate-600" data-testid="orders-total">
        {total} order{total === 1 ? '' : 's'}
        {filter.counted ? ' counted as sales (not cancelled, not awaiting payment)' : ''}
        {filter.attention ? ' with an eSewa payment left pending or ambiguous' : ''}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-3 py-2">Order</th>
              <th className="px-3 py-2">Placed</th>
              <th className="px-3 py-2">Customer</th>
              <th className="px-3 py-2">Phone</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">Payment</th>
              <th className="px-3 py-2 text-right">Total</th>
            </tr>
          </thead>
          <tbody>
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
                  <PaymentStatusPill status={o.paymentStatus} /> <span className="text-xs text-slate-500">{o.paymentMethod === 'cod' ? 'COD' : 'eSewa'}</span>
                </td>
                <td className="px-3 py-2 text-right">{formatPaisa(o.totalPaisa)}</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr><td colSpan={7} className="px-3 py-6 text-center text-slate-500">No orders match.</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} hrefFor={(p) => ordersHref({ ...withoutPage, page: p })} />
    </div>
  );
}
