import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderStatusBadge, PaymentStatusText } from '@/components/orders/order-status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formatPaisa } from '@/lib/money';
import { formatDate } from '@/lib/nepal-time';
import { listOrdersForUser } from '@/lib/orders/queries';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = (await searchParams).page;
  const requested = Number.parseInt(typeof raw === 'string' ? raw : '1', 10);
  const { orders, page, pageCount } = await listOrdersForUser(user.id, Number.isFinite(requested) ? requested : 1);

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Your orders</h1>
      {orders.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-600">
          You have not placed any orders yet. <Link href="/products" className="font-semibold text-brand-700 underline">Browse medicines</Link>
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white" data-testid="order-list">
          {orders.map((o) => (
            <li key={o.number}>
              <Link href={`/orders/${o.number}`} className="flex flex-wrap items-center justify-between gap-3 p-4 hover:bg-slate-50">
                <span>
                  <span className="font-semibold">{o.number}</span>
                  <span className="block text-sm text-slate-600">
                    {formatDate(o.createdAt)} · {o.itemCount} {o.itemCount === 1 ? 'medicine' : 'medicines'} · <PaymentStatusText status={o.paymentStatus} method={o.paymentMethod} />
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <OrderStatusBadge status={o.status} />
                  <span className="font-semibold">{formatPaisa(o.totalPaisa)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page > 1 ? <Link href={`/orders?page=${page - 1}`} className="text-brand-700 underline">Newer orders</Link> : <span />}
          <span className="text-slate-600">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={`/orders?page=${page + 1}`} className="text-brand-700 underline">Older orders</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
