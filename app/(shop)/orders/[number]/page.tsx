import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelOrderForm, OrderAgainButton } from '@/components/orders/order-actions';
import { OrderStatusBadge, PaymentStatusText } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { requireUser } from '@/lib/auth/current-user';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { formatPaisa } from '@/lib/money';
import { formatDateTime } from '@/lib/nepal-time';
import { getOrderForUser } from '@/lib/orders/queries';
import { canBeCancelled } from '@/lib/orders/status-rules';
import { orderNumberSchema } from '@/lib/orders/validation';
import { cancelOrderAction, orderAgainAction } from '../actions';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${(await params).number}`, robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const parsed = orderNumberSchema.safeParse((await params).number);
  // Someone else's order and a made-up number look the same: 404, never 403.
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  if (!order) notFound();
  const placed = (await searchParams).placed === '1';
  const rxLines = order.lines.filter((l) => l.requiresPrescription);

  return (
    <div className="space-y-6">
      {placed ? (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-brand-800">
          Thank you! Your order {order.number} has been placed.
        </p>
      ) : null}
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Order {order.number}</h1>
          <p className="text-sm text-slate-600">
            Placed {formatDateTime(order.createdAt)} · <PaymentStatusText status={order.paymentStatus} method={order.paymentMethod} />
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section className="rounded-lg bg-white p-5" aria-labelledby="items-heading">
            <h2 id="items-heading" className="text-lg font-semibold">Medicines</h2>
            <ul className="mt-3 divide-y divide-slate-200 text-sm">
              {order.lines.map((l) => (
                <li key={l.productId} className="flex justify-between gap-4 py-2">
                  <span>
                    {l.quantity} × {l.name} <span className="text-slate-500">({l.genericName} {l.strength})</span> at <span className="whitespace-nowrap">{formatPaisa(l.unitPricePaisa)}</span>
                    {l.requiresPrescription ? <span className="ml-2 rounded bg-rose-50 px-1.5 text-xs text-rose-900">Rx</span> : null}
                  </span>
                  <span className="shrink-0 whitespace-nowrap">{formatPaisa(l.lineTotalPaisa)}</span>
                </li>
              ))}
            </ul>
            <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
              <div className="flex justify-between"><dt>Subtotal</dt><dd className="whitespace-nowrap">{formatPaisa(order.subtotalPaisa)}</dd></div>
              <div className="flex justify-between"><dt>Delivery</dt><dd className="whitespace-nowrap">{order.deliveryFeePaisa === 0 ? 'Free' : formatPaisa(order.deliveryFeePaisa)}</dd></div>
              <div className="flex justify-between font-semibold"><dt>Total</dt><dd className="whitespace-nowrap">{formatPaisa(order.totalPaisa)}</dd></div>
            </dl>
          </section>

          {rxLines.length > 0 ? (
            <section className="rounded-lg bg-white p-5" aria-labelledby="rx-heading">
              <h2 id="rx-heading" className="text-lg font-semibold">Prescription</h2>
              {order.prescriptions.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">
                  We need a prescription for {rxLines.map((l) => l.name).join(', ')}. <Link href="/prescriptions/new" className="font-semibold text-brand-700 underline">Upload it</Link>.
                </p>
              ) : (
                <ul className="mt-2 text-sm">
                  {order.prescriptions.map((p) => (
                    <li key={p.id}>
                      <Link href={`/prescriptions/${p.id}`} className="text-brand-700 underline">Prescription</Link> · {p.status}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}

          <section className="rounded-lg bg-white p-5" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">Timeline</h2>
            <OrderTimeline events={order.timeline} />
          </section>
        </div>

        <aside className="h-fit space-y-5 rounded-lg bg-white p-5">
          <section>
            <h2 className="font-semibold">Delivery address</h2>
            <address className="mt-1 text-sm not-italic text-slate-700">
              {order.address.recipientName}, {order.address.phone}
              <br />
              {order.address.street}
              {order.address.landmark ? ` (near ${order.address.landmark})` : ''}
              <br />
              {order.address.municipality}-{order.address.ward}, {order.address.district}
            </address>
            {order.deliveryNotes ? <p className="mt-2 text-sm text-slate-600">Notes: {order.deliveryNotes}</p> : null}
          </section>
          {order.status === 'pending_payment' && order.expiresAt ? (
            <p className="text-sm text-amber-900">Pay by {formatDateTime(order.expiresAt)} or the order is cancelled and its medicines released.</p>
          ) : null}
          {order.status === 'awaiting_prescription' && order.prescriptionDeadline ? (
            <p className="text-sm text-amber-900" data-testid="prescription-deadline">
              A pharmacist must approve your prescription by {formatDateTime(order.prescriptionDeadline)}, or the order is cancelled and its medicines
              released{order.paymentStatus === 'paid' ? ' (your payment is then refunded)' : ''}.
            </p>
          ) : null}
          {order.status === 'pending_payment' ? (
            <Link href={`/checkout/pay/${order.number}`} className="block rounded-md bg-brand-700 px-4 py-2 text-center font-semibold text-white">
              {order.paymentMethod === 'cod' ? 'Pay now' : `Pay with ${PAYMENT_METHOD_LABELS[order.paymentMethod]}`}
            </Link>
          ) : null}
          {order.cancelReason ? <p className="text-sm text-slate-600">Cancelled: {order.cancelReason}</p> : null}
          {canBeCancelled(order.status) ? <CancelOrderForm number={order.number} action={cancelOrderAction} /> : null}
          <OrderAgainButton number={order.number} action={orderAgainAction} />
        </aside>
      </div>
    </div>
  );
}
