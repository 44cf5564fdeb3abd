import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RxMark } from '@/components/catalog/prescription-badge';
import { CancelOrderForm, OrderAgainButton } from '@/components/orders/order-actions';
import { OrderStatusBadge, PaymentStatusText } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { paymentMethodLabel } from '@/components/orders/payment-method-label';
import { ORDER_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { requireUser } from '@/lib/auth/current-user';
import { placeName } from '@/lib/geo/nepal';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { getOrderForUser } from '@/lib/orders/queries';
import { canBeCancelled } from '@/lib/orders/status-rules';
import { orderNumberSchema } from '@/lib/orders/validation';
import { cancelOrderAction, orderAgainAction } from '../actions';

const PRESCRIPTION_STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;

/** A linked prescription's stored status, as the shopper reads it (English shows the stored word). */
function rawStatus(status: string, t: Awaited<ReturnType<typeof getTranslations<'orders.prescriptions'>>>): string {
  const known = PRESCRIPTION_STATUSES.find((s) => s === status);
  return known ? t(`rawStatus.${known}`) : status;
}

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('orders.order');
  return { title: t('title', { number: (await params).number }), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const parsed = orderNumberSchema.safeParse((await params).number);
  // Someone else's order and a made-up number look the same: 404, never 403.
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  if (!order) notFound();
  const placed = (await searchParams).placed === '1';
  const rxLines = order.lines.filter((l) => l.requiresPrescription);
  const [t, orders, rx, locale] = await Promise.all([getTranslations('orders.order'), getTranslations('orders'), getTranslations('orders.prescriptions'), getLocale()]);
  const f = formattersFor(locale);

  return (
    <ClientMessages paths={ORDER_MESSAGES}>
      <div className="space-y-6">
        {placed ? (
          <p role="status" className="rounded-md bg-brand-50 p-3 text-brand-800">
            {t('placedThanks', { number: order.number })}
          </p>
        ) : null}
        <header className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{t('heading', { number: order.number })}</h1>
            <p className="text-sm text-slate-600">
              {t('placedAt', { date: f.dateTime(order.createdAt) })} · <PaymentStatusText status={order.paymentStatus} method={order.paymentMethod} />
            </p>
          </div>
          <OrderStatusBadge status={order.status} />
        </header>

        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <div className="space-y-6">
            <section className="rounded-lg bg-white p-5" aria-labelledby="items-heading">
              <h2 id="items-heading" className="text-lg font-semibold">{t('medicines')}</h2>
              <ul className="mt-3 divide-y divide-slate-200 text-sm">
                {order.lines.map((l) => (
                  <li key={l.productId} className="flex justify-between gap-4 py-2">
                    <span>
                      {t.rich('line', {
                        quantity: f.count(l.quantity),
                        name: l.name,
                        generic: l.genericName,
                        strength: l.strength,
                        price: f.paisa(l.unitPricePaisa),
                        muted: (chunks) => <span className="text-slate-500">{chunks}</span>,
                        nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
                      })}
                      {l.requiresPrescription ? <RxMark /> : null}
                    </span>
                    <span className="shrink-0 whitespace-nowrap">{f.paisa(l.lineTotalPaisa)}</span>
                  </li>
                ))}
              </ul>
              <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
                <div className="flex justify-between"><dt>{orders('totals.subtotal')}</dt><dd className="whitespace-nowrap">{f.paisa(order.subtotalPaisa)}</dd></div>
                <div className="flex justify-between"><dt>{orders('totals.delivery')}</dt><dd className="whitespace-nowrap">{order.deliveryFeePaisa === 0 ? orders('totals.free') : f.paisa(order.deliveryFeePaisa)}</dd></div>
                <div className="flex justify-between font-semibold"><dt>{orders('totals.total')}</dt><dd className="whitespace-nowrap">{f.paisa(order.totalPaisa)}</dd></div>
              </dl>
            </section>

            {rxLines.length > 0 ? (
              <section className="rounded-lg bg-white p-5" aria-labelledby="rx-heading">
                <h2 id="rx-heading" className="text-lg font-semibold">{t('prescription')}</h2>
                {order.prescriptions.length === 0 ? (
                  <p className="mt-2 text-sm text-slate-700">
                    {t.rich('needPrescription', {
                      names: rxLines.map((l) => l.name).join(', '),
                      link: (chunks) => (
                        <Link href="/prescriptions/new" className="font-semibold text-brand-700 underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                  </p>
                ) : (
                  <ul className="mt-2 text-sm">
                    {order.prescriptions.map((p) => (
                      <li key={p.id}>
                        <Link href={`/prescriptions/${p.id}`} className="text-brand-700 underline">{t('prescription')}</Link> · {rawStatus(p.status, rx)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ) : null}

            <section className="rounded-lg bg-white p-5" aria-labelledby="timeline-heading">
              <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">{t('timeline')}</h2>
              {/* The notes the shop itself records (an expiry, a payment) are English in the database. */}
              <OrderTimeline events={order.timeline.map((e) => ({ ...e, note: e.note && translateErrorMessage(e.note, locale) }))} />
            </section>
          </div>

          <aside className="h-fit space-y-5 rounded-lg bg-white p-5">
            <section>
              <h2 className="font-semibold">{t('deliveryAddress')}</h2>
              <address className="mt-1 text-sm not-italic text-slate-700">
                {order.address.recipientName}, {order.address.phone}
                <br />
                {order.address.street}
                {order.address.landmark ? t('nearLandmark', { landmark: order.address.landmark }) : ''}
                <br />
                {order.address.municipality}-{order.address.ward}, {placeName(locale, order.address.district)}
              </address>
              {order.deliveryNotes ? <p className="mt-2 text-sm text-slate-600">{t('notes', { notes: order.deliveryNotes })}</p> : null}
            </section>
            {order.status === 'pending_payment' && order.expiresAt ? (
              <p className="text-sm text-amber-900">{t('payBy', { date: f.dateTime(order.expiresAt) })}</p>
            ) : null}
            {order.status === 'awaiting_prescription' && order.prescriptionDeadline ? (
              <p className="text-sm text-amber-900" data-testid="prescription-deadline">
                {t(order.paymentStatus === 'paid' ? 'prescriptionDeadlinePaid' : 'prescriptionDeadline', { date: f.dateTime(order.prescriptionDeadline) })}
              </p>
            ) : null}
            {order.status === 'pending_payment' ? (
              <Link href={`/checkout/pay/${order.number}`} className="block rounded-md bg-brand-700 px-4 py-2 text-center font-semibold text-white">
                {order.paymentMethod === 'cod' ? t('payNow') : t('payWith', { method: paymentMethodLabel(order.paymentMethod, orders('paymentMethod.cod')) })}
              </Link>
            ) : null}
            {order.cancelReason ? <p className="text-sm text-slate-600">{t('cancelledBecause', { reason: translateErrorMessage(order.cancelReason, locale) })}</p> : null}
            {canBeCancelled(order.status) ? <CancelOrderForm number={order.number} action={cancelOrderAction} /> : null}
            <OrderAgainButton number={order.number} action={orderAgainAction} />
          </aside>
        </div>
      </div>
    </ClientMessages>
  );
}
