import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DailySalesChart, HorizontalBarChart } from '@/components/admin/charts';
import { loadDashboard } from '@/lib/admin/dashboard';
import { requirePermission } from '@/lib/permissions/guard';
import { ordersHref } from '@/lib/admin/orders/filters';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.dashboard');
  return { title: t('metaTitle') };
}

const card = 'rounded-lg border border-slate-200 bg-white p-4';
const figure = 'text-2xl font-bold text-brand-800 hover:underline';

export default async function AdminDashboardPage() {
  const user = await requirePermission('dashboard.view');
  const d = await loadDashboard();
  const locale = await getLocale();
  const t = await getTranslations('admin.dashboard');
  const tAdmin = await getTranslations('admin');
  const f = formattersFor(locale);
  const windowLabel = (days: number) => (days === 1 ? t('today') : t('lastDays', { days: f.count(days) }));
  // Only cash on delivery has a name in words; eSewa and Khalti are brands.
  const method = (m: keyof typeof PAYMENT_METHOD_LABELS) => (m === 'cod' ? tAdmin('status.method.cod') : PAYMENT_METHOD_LABELS[m]);
  const waitingMinutes = d.prescriptions.oldestWaitingMinutes;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('greeting', { name: user.name })}</h1>
        <p className="text-sm text-slate-600">{t('asOf', { day: f.day(d.today) })}</p>
      </div>

      <section aria-labelledby="sales-heading" className="grid gap-4 sm:grid-cols-3">
        <h2 id="sales-heading" className="sr-only">{t('sales')}</h2>
        {d.sales.map((s) => {
          const href = ordersHref({ from: s.from, to: d.today, counted: '1' });
          return (
            <div key={s.days} className={card} data-testid={`sales-${s.days}`}>
              <p className="text-sm text-slate-600">{windowLabel(s.days)}</p>
              <Link href={href} className={figure} data-testid="revenue">
                {f.paisa(s.revenuePaisa)}
              </Link>
              <p className="text-sm">
                <Link href={href} className="text-brand-700 underline" data-testid="order-count">
                  {t('orders', { count: s.orders })}
                </Link>
              </p>
            </div>
          );
        })}
      </section>

      <section className={card} aria-labelledby="daily-heading">
        <h2 id="daily-heading" className="mb-2 font-semibold">{t('dailySales')}</h2>
        <DailySalesChart days={d.daily} hrefFor={(day) => ordersHref({ from: day, to: day, counted: '1' })} locale={locale} />
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className={card} aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-2 font-semibold">{t('byStatus')}</h2>
          <HorizontalBarChart
            label={t('byStatus')}
            locale={locale}
            rows={d.byStatus.map((s) => ({ key: s.status, label: tAdmin(`status.order.${s.status}`), value: s.orders, href: ordersHref({ status: s.status }) }))}
          />
        </section>

        <section className={`${card} space-y-3`} aria-labelledby="attention-heading">
          <h2 id="attention-heading" className="font-semibold">{t('attention')}</h2>
          <p data-testid="prescriptions-waiting">
            {t.rich('prescriptionsWaiting', {
              count: d.prescriptions.waiting,
              n: f.count(d.prescriptions.waiting),
              link: (chunks) => <Link href="/admin/prescriptions?status=pending" className={figure}>{chunks}</Link>,
            })}
            {waitingMinutes !== null ? <span className="text-sm text-slate-600">{t('oldestWaiting', { time: f.waitingTime(waitingMinutes) })}</span> : null}
          </p>
          <p data-testid="low-stock">
            {t.rich('lowStock', {
              count: d.lowStockProducts,
              n: f.count(d.lowStockProducts),
              link: (chunks) => <Link href="/admin/stock?filter=low" className={figure}>{chunks}</Link>,
            })}
          </p>
          <div data-testid="expiring">
            <p className="text-sm font-medium text-slate-700">{t('batchesExpiring')}</p>
            <ul className="flex flex-wrap gap-4">
              {d.expiring.map((e) => (
                <li key={e.days}>
                  <Link href={`/admin/stock/batches?expiring=${e.days}`} className={figure} data-testid={`expiring-${e.days}`}>
                    {f.count(e.batches)}
                  </Link>{' '}
                  <span className="text-sm text-slate-600">{t('within', { days: f.count(e.days), units: f.count(e.units) })}</span>
                </li>
              ))}
            </ul>
          </div>
          <p data-testid="expired-value">
            <Link href="/admin/stock/batches?expired=1" className={figure}>
              {f.paisa(d.expired.valuePaisa)}
            </Link>{' '}
            <span className="text-sm text-slate-600">
              {t('expiredValue', { batches: f.count(d.expired.batches), units: f.count(d.expired.units) })}
            </span>
          </p>
          <div data-testid="payments-attention">
            <p>
              {t.rich('paymentsAttention', {
                count: d.paymentsNeedingAttention.length,
                n: f.count(d.paymentsNeedingAttention.length),
                link: (chunks) => <Link href={ordersHref({ attention: '1' })} className={figure}>{chunks}</Link>,
              })}
            </p>
            {d.paymentsNeedingAttention.length > 0 ? (
              <ul className="mt-1 space-y-1 text-sm">
                {d.paymentsNeedingAttention.slice(0, 8).map((p) => (
                  <li key={p.transactionUuid}>
                    <Link href={`/admin/orders/${p.orderNumber}`} className="text-brand-700 underline">
                      {p.orderNumber}
                    </Link>{' '}
                    {method(p.provider)} · {p.status.toUpperCase()} · {f.paisa(p.amountPaisa)} · {t('since', { when: f.dateTime(p.createdAt) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
      </div>

      <section className={card} aria-labelledby="holding-heading" data-testid="accounts-holding-stock">
        <h2 id="holding-heading" className="font-semibold">{t('holding')}</h2>
        <p className="mb-2 text-sm text-slate-600">
          {t('holdingNote', { from: f.count(d.accountsHoldingStock.from) })}
        </p>
        {d.accountsHoldingStock.accounts.length === 0 ? (
          <p className="text-sm text-slate-600">{t('none')}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th className="py-1 font-medium">{t('columns.account')}</th>
                <th className="py-1 font-medium">{t('columns.openOrders')}</th>
                <th className="py-1 font-medium">{t('columns.unitsHeld')}</th>
                <th className="py-1 font-medium">{t('columns.oldestSince')}</th>
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
                  <td className="py-1">{f.count(a.openOrders)}</td>
                  <td className="py-1">{f.count(a.heldUnits)}</td>
                  <td className="py-1">{f.dateTime(a.oldestOpenSince)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
