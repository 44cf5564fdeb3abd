import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { OrderStatusBadge, PaymentStatusText } from '@/components/orders/order-status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { listOrdersForUser } from '@/lib/orders/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orders.list');
  return { title: t('title'), robots: { index: false } };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = (await searchParams).page;
  const requested = Number.parseInt(typeof raw === 'string' ? raw : '1', 10);
  const { orders, page, pageCount } = await listOrdersForUser(user.id, Number.isFinite(requested) ? requested : 1);
  const [t, locale] = await Promise.all([getTranslations('orders.list'), getLocale()]);
  const f = formattersFor(locale);

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {orders.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-600">
          {t.rich('empty', {
            link: (chunks) => (
              <Link href="/products" className="font-semibold text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white" data-testid="order-list">
          {orders.map((o) => (
            <li key={o.number}>
              <Link href={`/orders/${o.number}`} className="flex flex-wrap items-center justify-between gap-3 p-4 hover:bg-slate-50">
                <span>
                  <span className="font-semibold">{o.number}</span>
                  <span className="block text-sm text-slate-600">
                    {f.date(o.createdAt)} · {t('medicines', { count: o.itemCount, n: f.count(o.itemCount) })} · <PaymentStatusText status={o.paymentStatus} method={o.paymentMethod} />
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <OrderStatusBadge status={o.status} />
                  <span className="font-semibold">{f.paisa(o.totalPaisa)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t('pages')} className="flex items-center justify-between text-sm">
          {page > 1 ? <Link href={`/orders?page=${page - 1}`} className="text-brand-700 underline">{t('newer')}</Link> : <span />}
          <span className="text-slate-600">
            {t('pageOf', { page: f.count(page), pageCount: f.count(pageCount) })}
          </span>
          {page < pageCount ? <Link href={`/orders?page=${page + 1}`} className="text-brand-700 underline">{t('older')}</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
