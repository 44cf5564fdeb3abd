import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { OrderTotalsFooter } from '@/components/admin/order-totals-footer';
import { OrderStepForms, RefundForm } from '@/components/admin/order-step-forms';
import { OrderStatusPill, PaymentStatusPill } from '@/components/admin/status-pill';
import { PatientSummary } from '@/components/prescriptions/patient-summary';
import { SafetyWarningList } from '@/components/prescriptions/safety-warnings';
import { db } from '@/db/client';
import type { UserRole } from '@/db/schema/users';
import { safetyReviewForOrder } from '@/lib/safety/load';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';
import { placeName } from '@/lib/geo/nepal';
import { translateErrorMessage } from '@/lib/i18n/error-messages';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { orderStepAction, recordOrderRefundAction } from './actions';
import { staffOrderFromParams } from './staff-order';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.orders.detail');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ number: string }> };

const PRESCRIPTION_STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;
const isPrescriptionStatus = (status: string): status is (typeof PRESCRIPTION_STATUSES)[number] => (PRESCRIPTION_STATUSES as readonly string[]).includes(status);

export default async function AdminOrderPage({ params }: Props) {
  const user = await requirePermission('orders.view');
  const order = await staffOrderFromParams(params);
  const manage = can(user.role, 'orders.manage');
  const safety = await safetyReviewForOrder(db, order.id);
  const a = order.address;
  const t = await getTranslations('admin.orders.detail');
  const tAdmin = await getTranslations('admin');
  const locale = await getLocale();
  const f = formattersFor(locale);
  const method = (m: keyof typeof PAYMENT_METHOD_LABELS) => (m === 'cod' ? tAdmin('status.method.cod') : PAYMENT_METHOD_LABELS[m]);
  // The notes the shop itself records (an expiry, a payment) are English in the database; staff's own pass through.
  const note = (text: string) => translateErrorMessage(text, locale);
  const actor = (name: string | null, role: UserRole | null) => (name ? t('actor', { name, role: role ? tAdmin(`nav.roles.${role}`) : String(role) }) : t('system'));
  return (
    <div className="space-y-6" data-testid="admin-order">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-bold">{order.number}</h1>
        <OrderStatusPill status={order.status} />
        <PaymentStatusPill status={order.paymentStatus} />
        <span className="text-sm text-slate-600">{t('placed', { method: method(order.paymentMethod), when: f.dateTime(order.createdAt) })}</span>
        <span className="ml-auto flex gap-2 text-sm">
          <Link href={`/admin/orders/${order.number}/invoice`} className="rounded border border-slate-300 bg-white px-3 py-1.5">{t('invoice')}</Link>
          <Link href={`/admin/orders/${order.number}/packing-slip`} className="rounded border border-slate-300 bg-white px-3 py-1.5">{t('packingSlip')}</Link>
        </span>
      </div>

      <div className="grid gap-4 lg:grid-cols-3 [&>*]:min-w-0">
        <section className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 className="mb-2 font-semibold">{t('medicines')}</h2>
          <div className="relative overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left text-slate-600">
              <tr><th className="py-1">{t('columns.medicine')}</th><th>{t('columns.batches')}</th><th className="text-right">{t('columns.qty')}</th><th className="text-right">{t('columns.price')}</th><th className="text-right">{t('columns.total')}</th></tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.id} className="border-t border-slate-100 align-top">
                  <td className="py-1">
                    {l.name} <span className="text-slate-500">{l.strength}</span>
                    {l.requiresPrescription ? <span className="ml-1 rounded bg-red-50 px-1 text-xs text-red-800">Rx</span> : null}
                    <span className="block text-xs text-slate-500">{l.genericName}</span>
                    {safety.patientOfLine.get(`${order.id}:${l.productId}`) ? (
                      <span className="block text-xs text-slate-700" data-testid="line-patient">{t('forPatient', { name: safety.patientOfLine.get(`${order.id}:${l.productId}`)!.name })}</span>
                    ) : null}
                  </td>
                  <td className="text-xs">
                    {l.batches.map((b) => (
                      <span key={b.batchNumber} className={`block ${b.released ? 'text-slate-400 line-through' : ''}`}>{t('batch', { batch: b.batchNumber, quantity: f.count(b.quantity), expiry: f.day(b.expiryDate) })}</span>
                    ))}
                  </td>
                  <td className="text-right">{f.count(l.quantity)}</td>
                  <td className="text-right">{f.paisa(l.unitPricePaisa)}</td>
                  <td className="text-right">{f.paisa(l.lineTotalPaisa)}</td>
                </tr>
              ))}
            </tbody>
            <OrderTotalsFooter order={order} labelColumns={4} totalClassName="font-semibold" />
          </table>
          </div>
        </section>

        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 className="font-semibold">{t('customerAndDelivery')}</h2>
          <p>{order.customer.name} · {order.customer.email}{order.customer.phone ? ` · ${order.customer.phone}` : ''}</p>
          <address className="not-italic">
            {a.recipientName}, {a.phone}<br />
            {a.street}{a.landmark ? t('near', { landmark: a.landmark }) : ''}<br />
            {a.municipality}-{a.ward}, {placeName(locale, a.district)}, {placeName(locale, a.province)}
          </address>
          {order.deliveryNotes ? <p className="rounded bg-amber-50 p-2">{t('note', { note: order.deliveryNotes })}</p> : null}
          {order.courier ? <p>{order.trackingNote ? t('courierTracking', { courier: order.courier, tracking: order.trackingNote }) : t('courier', { courier: order.courier })}</p> : null}
          {order.cancelReason ? <p>{t('cancelled', { reason: note(order.cancelReason) })}</p> : null}
          {order.prescriptions.length > 0 ? (
            <p>
              {t('prescriptions')}{' '}
              {order.prescriptions.map((p) => (
                <Link key={p.id} href={`/admin/prescriptions/${p.id}`} className="mr-2 text-brand-700 underline">{isPrescriptionStatus(p.status) ? t(`prescriptionStatus.${p.status}`) : p.status}</Link>
              ))}
            </p>
          ) : null}
        </section>
      </div>

      {safety.patients.length > 0 || safety.warnings.length > 0 ? (
        <div className="grid gap-4 lg:grid-cols-3">
          <section aria-labelledby="order-patients-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="order-patients-heading" className="mb-2 font-semibold">{t('patients')}</h2>
            <PatientSummary patients={safety.patients} />
          </section>
          <section aria-labelledby="order-safety-heading" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
            <h2 id="order-safety-heading" className="mb-2 font-semibold">{t('safety')}</h2>
            <SafetyWarningList warnings={safety.warnings} />
            <p className="mt-2 text-xs text-slate-600">{t('safetyNote')}</p>
          </section>
        </div>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t('nextSteps')}</h2>
          {manage ? <OrderStepForms orderId={order.id} orderNumber={order.number} steps={order.steps} stepAction={orderStepAction} codUnpaid={order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid'} /> : <p className="text-sm">{t('viewOnly')}</p>}
          {manage && order.paymentStatus === 'refund_due' ? (
            <div className="mt-4 rounded border border-red-200 bg-red-50 p-3">
              <h3 className="mb-2 text-sm font-semibold text-red-900">{t('refundDue')}</h3>
              <RefundForm orderId={order.id} orderNumber={order.number} action={recordOrderRefundAction} />
            </div>
          ) : null}
          {order.payments.length > 0 ? (
            <div className="mt-4 text-sm">
              <h3 className="font-semibold">{t('paymentAttempts')}</h3>
              <ul className="space-y-1" data-testid="payment-attempts">
                {order.payments.map((p) => (
                  <li key={p.transactionUuid} className="break-all font-mono text-xs">
                    <span className="font-sans font-semibold">{method(p.provider)}</span> · {p.transactionUuid}
                    {p.providerSessionId ? ` · pidx ${p.providerSessionId}` : ''} · {p.status} · {f.paisa(p.amountPaisa)}
                    {p.providerReference ? t('ref', { reference: p.providerReference }) : ''}
                    {p.refundedPaisa > 0 ? t('refunded', { amount: f.paisa(p.refundedPaisa), reference: String(p.refundReference) }) : ''}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>

        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{t('timeline')}</h2>
          <ol className="space-y-2 text-sm" data-testid="admin-timeline">
            {order.timeline.map((e) => (
              <li key={e.id} className="border-l-2 border-brand-600 pl-3">
                <p className="font-medium">
                  {e.type === 'placed' ? t('placedEvent') : e.type === 'payment_status_changed' && e.toPaymentStatus ? t('paymentEvent', { status: tAdmin(`status.payment.${e.toPaymentStatus}`) }) : e.toStatus ? tAdmin(`status.order.${e.toStatus}`) : e.type}
                  <span className="font-normal text-slate-500"> · {f.dateTime(e.at)} · {actor(e.actorName, e.actorRole)}</span>
                </p>
                {e.note ? <p className="text-slate-700">{note(e.note)}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
