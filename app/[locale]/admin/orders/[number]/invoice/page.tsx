import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { IssueInvoiceForm } from '@/components/admin/issue-invoice-form';
import { OrderTotalsFooter } from '@/components/admin/order-totals-footer';
import { PrintSheet } from '@/components/admin/print-sheet';
import { INVOICEABLE_STATUSES } from '@/lib/invoices/issue';
import { invoiceForOrder } from '@/lib/invoices/read';
import { localized } from '@/lib/i18n/localized';
import { placeName } from '@/lib/geo/nepal';
import { formattersFor } from '@/lib/i18n/format';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';
import { issueInvoiceAction } from '../actions';
import { staffOrderFromParams } from '../staff-order';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.invoice');
  return { title: t('metaTitle') };
}

export default async function InvoicePage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requirePermission('orders.view');
  const order = await staffOrderFromParams(params);
  const invoice = await invoiceForOrder(order.id);
  const t = await getTranslations('admin.invoice');
  const tStatus = await getTranslations('admin.status');
  const locale = await getLocale();
  const f = formattersFor(locale);
  if (!invoice) {
    const due = INVOICEABLE_STATUSES.includes(order.status);
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6 text-sm" data-testid="invoice-not-issued">
        <h1 className="text-lg font-semibold">{t('notYet', { number: order.number })}</h1>
        {due ? (
          <p>{t('due', { status: tStatus(`order.${order.status}`).toLowerCase() })}</p>
        ) : (
          <p>{t('notDue', { status: tStatus(`order.${order.status}`).toLowerCase() })}</p>
        )}
        {due && can(user.role, 'orders.manage') ? <IssueInvoiceForm orderId={order.id} action={issueInvoiceAction} /> : null}
      </div>
    );
  }
  const a = order.address;
  return (
    <PrintSheet title={t('title')} seller={invoice.seller}>
      {order.status === 'cancelled' ? <p className="border-2 border-red-700 p-2 text-center font-bold uppercase text-red-700">{t('cancelled')}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{t('billTo')}</p>
          <p>{a.recipientName}</p>
          <p>{a.street}, {a.municipality}-{a.ward}</p>
          <p>{placeName(locale, a.district)}, {placeName(locale, a.province)}</p>
          <p>{t('phone', { phone: a.phone })}</p>
        </div>
        <div className="sm:text-right">
          <p>
            {t('number')}<span className="font-mono font-semibold" data-testid="invoice-number">{invoice.number}</span>
          </p>
          <p>{t('fiscalYear', { year: invoice.fiscalYear })}</p>
          <p>{t('date', { when: f.dateTime(invoice.issuedAt) })}</p>
          <p>{t('order')}<span className="font-mono">{order.number}</span></p>
          <p>{t('payment', { method: order.paymentMethod === 'cod' ? tStatus('method.cod') : PAYMENT_METHOD_LABELS[order.paymentMethod], status: tStatus(`payment.${order.paymentStatus}`) })}</p>
        </div>
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse [&_td]:px-1 [&_th]:px-1">
          <thead>
            <tr className="border-b border-black text-left">
              <th className="py-1">#</th><th>{t('columns.medicine')}</th><th>{t('columns.batch')}</th><th className="text-right">{t('columns.qty')}</th><th className="text-right">{t('columns.rate')}</th><th className="text-right">{t('columns.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l, i) => (
              <tr key={l.id} className="border-b border-slate-200 align-top">
                <td className="py-1">{f.count(i + 1)}</td>
                <td>{l.name} {l.strength}<span className="block text-xs">{l.genericName}{l.requiresPrescription ? ' · Rx' : ''}</span></td>
                <td className="text-xs">{l.batches.filter((b) => !b.released).map((b) => <span key={b.batchNumber} className="block">{b.batchNumber} · {f.day(b.expiryDate)}</span>)}</td>
                <td className="text-right">{f.count(l.quantity)}</td>
                <td className="whitespace-nowrap text-right">{f.paisa(l.unitPricePaisa)}</td>
                <td className="whitespace-nowrap text-right">{f.paisa(l.lineTotalPaisa)}</td>
              </tr>
            ))}
          </tbody>
          <OrderTotalsFooter order={order} labelColumns={5} totalClassName="font-bold" />
        </table>
      </div>
      <p className="text-xs" data-testid="vat-note">{t('vat')}</p>
      <p className="text-xs">
        {t('returns', { pharmacist: localized(invoice.seller.pharmacistName, invoice.seller.pharmacistNameNe, locale), registration: invoice.seller.pharmacistRegistration })}
      </p>
    </PrintSheet>
  );
}
