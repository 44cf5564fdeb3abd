import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';
import { DailySalesChart, HorizontalBarChart } from '@/components/admin/charts';
import { loadDashboard } from '@/lib/admin/dashboard';
import { requirePermission } from '@/lib/permissions/guard';
import { ordersHref } from '@/lib/admin/orders/filters';
import { formatPaisa } from '@/lib/money';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { formatDateTime, formatDay, formatWaitingTime } from '@/lib/nepal-time';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status-rules';

export const metadata: Metadata = { title: 'Back office' };

const card = 'rounded-lg border border-slate-200 bg-white p-4';
const figure = 'text-2xl font-bold text-brand-800 hover:underline';

export default async function AdminDashboardPage() {
  const user = await requirePermission('dashboard.view');
  const d = await loadDashboard();
  const locale = await getLocale();
  const windowLabel = (days: number) => (days === 1 ? 'Today' : `Last ${days} days`);
  const waitingMinutes = d.prescriptions.oldestWaitingMinutes;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Namaste, {user.name}</h1>
        <p className="text-sm text-slate-600">Figures as of {formatDay(d.today)} (Nepal time). Sales count orders that are neither cancelled nor waiting for payment.</p>
      </div>

      <section aria-labelledby="sales-heading" className="grid gap-4 sm:grid-cols-3">
        <h2 id="sales-heading" className="sr-only">Sales</h2>
        {d.sales.map((s) => {
          const href = ordersHref({ from: s.from, to: d.today, counted: '1' });
          return (
            <div key={s.days} className={card} data-testid={`sales-${s.days}`}>
              <p className="text-sm text-slate-600">{windowLabel(s.days)}</p>
              <Link href={href} className={figure} data-testid="revenue">
                {formatPaisa(s.revenuePaisa)}
              </Link>
              <p className="text-sm">
                <Link href={href} className="text-brand-700 underline" data-testid="order-count">
                  {s.orders} order{s.orders === 1 ? '' : 's'}
                </Link>
              </p>
            </div>
          );
        })}
      </section>

      <section className={card} aria-labelledby="daily-heading">
        <h2 id="daily-heading" className="mb-2 font-semibold">Daily sales, last 30 days</h2>
        <DailySalesChart days={d.daily} hrefFor={(day) => ordersHref({ from: day, to: day, counted: '1' })} locale={locale} />
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className={card} aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-2 font-semibold">Orders by status</h2>
          <HorizontalBarChart
            label="Orders by status"
            locale={locale}
            rows={d.byStatus.map((s) => ({ key: s.status, label: ORDER_STATUS_LABELS[s.status], value: s.orders, href: ordersHref({ status: s.status }) }))}
          />
        </section>

        <section className={`${card} space-y-3`} aria-labelledby="attention-heading">
          <h2 id="attention-heading" className="font-semibold">Needs attention</h2>
          <p data-testid="prescriptions-waiting">
            <Link href="/admin/prescriptions?status=pending" className={figure}>
              {d.prescriptions.waiting}
            </Link>{' '}
            prescription{d.prescriptions.waiting === 1 ? '' : 's'} waiting
            {waitingMinutes !== null ? <span className="text-sm text-slate-600"> · oldest waiting {formatWaitingTime(waitingMinutes)}</span> : null}
          </p>
          <p data-testid="low-stock">
            <Link href="/admin/stock?filter=low" className={figure}>
              {d.lowStockProducts}
            </Link>{' '}
            product{d.lowStockProducts === 1 ? '' : 's'} at or below the reorder level
          </p>
          <div data-testid="expiring">
            <p className="text-sm font-medium text-slate-700">Batches expiring</p>
            <ul className="flex flex-wrap gap-4">
              {d.expiring.map((e) => (
                <li key={e.days}>
                  <Link href={`/admin/stock/batches?expiring=${e.days}`} className={figure} data-testid={`expiring-${e.days}`}>
                    {e.batches}
                  </Link>{' '}
                  <span className="text-sm text-slate-600">within {e.days} days ({e.units} units)</span>
                </li>
              ))}
            </ul>
          </div>
          <p data-testid="expired-value">
            <Link href="/admin/stock/batches?expired=1" className={figure}>
              {formatPaisa(d.expired.valuePaisa)}
            </Link>{' '}
            <span className="text-sm text-slate-600">
              of expired stock at cost ({d.expired.batches} batches, {d.expired.units} units)
            </span>
          </p>
          <div data-testid="payments-attention">
            <p>
              <Link href={ordersHref({ attention: '1' })} className={figure}>
                {d.paymentsNeedingAttention.length}
              </Link>{' '}
              online payment{d.paymentsNeedingAttention.length === 1 ? '' : 's'} (eSewa or Khalti) left pending or ambiguous by reconciliation
            </p>
            {d.paymentsNeedingAttention.length > 0 ? (
              <ul className="mt-1 space-y-1 text-sm">
                {d.paymentsNeedingAttention.slice(0, 8).map((p) => (
                  <li key={p.transactionUuid}>
                    <Link href={`/admin/orders/${p.orderNumber}`} className="text-brand-700 underline">
                      {p.orderNumber}
                    </Link>{' '}
                    {PAYMENT_METHOD_LABELS[p.provider]} · {p.status.toUpperCase()} · {formatPaisa(p.amountPaisa)} · since {formatDateTime(p.createdAt)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
      </div>

      <section className={card} aria-labelledby="holding-heading" data-testid="accounts-holding-stock">
        <h2 id="holding-heading" className="font-semibold">Accounts holding stock without paying</h2>
        <p className="mb-2 text-sm text-slate-600">
          Accounts with {d.accountsHoldingStock.from} or more orders waiting for payment, a prescription or packing. Many at once can mean a script tying up scarce medicines.
        </p>
        {d.accountsHoldingStock.accounts.length === 0 ? (
          <p className="text-sm text-slate-600">None right now.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th className="py-1 font-medium">Account</th>
                <th className="py-1 font-medium">Open orders</th>
                <th className="py-1 font-medium">Units held</th>
                <th className="py-1 font-medium">Oldest since</th>
              </tr>
            </thead>
            <tbody>
              {d.accountsHoldingStock.accounts.map((a) => (
                <tr key={a.userId} className="border-t border-slate-100">
                  <td className="py-1">
                    <Link href={ordersHref({ q: a.email, open: '1' })} className="text-brand-700 underline">
                      {a.name}
                    </Link>{' '}
                    <span className="text-slate-600">{a.email}</span>
                  </td>
                  <td className="py-1">{a.openOrders}</td>
                  <td className="py-1">{a.heldUnits}</td>
                  <td className="py-1">{formatDateTime(a.oldestOpenSince)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
