import type { Metadata } from 'next';
import { IssueInvoiceForm } from '@/components/admin/issue-invoice-form';
import { OrderTotalsFooter } from '@/components/admin/order-totals-footer';
import { PrintSheet } from '@/components/admin/print-sheet';
import { INVOICEABLE_STATUSES } from '@/lib/invoices/issue';
import { invoiceForOrder } from '@/lib/invoices/read';
import { formatPaisa } from '@/lib/money';
import { formatDateTime, formatDay } from '@/lib/nepal-time';
import { ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';
import { issueInvoiceAction } from '../actions';
import { staffOrderFromParams } from '../staff-order';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requirePermission('orders.view');
  const order = await staffOrderFromParams(params);
  const invoice = await invoiceForOrder(order.id);
  if (!invoice) {
    const due = INVOICEABLE_STATUSES.includes(order.status);
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6 text-sm" data-testid="invoice-not-issued">
        <h1 className="text-lg font-semibold">No invoice yet for {order.number}</h1>
        {due ? (
          <p>The order is {ORDER_STATUS_LABELS[order.status].toLowerCase()}. Issuing the invoice gives it the next number of this fiscal year; the number cannot be reused or withdrawn.</p>
        ) : (
          <p>An invoice is issued once an order is confirmed. This one is {ORDER_STATUS_LABELS[order.status].toLowerCase()}.</p>
        )}
        {due && can(user.role, 'orders.manage') ? <IssueInvoiceForm orderId={order.id} action={issueInvoiceAction} /> : null}
      </div>
    );
  }
  const a = order.address;
  return (
    <PrintSheet title="Tax invoice" seller={invoice.seller}>
      {order.status === 'cancelled' ? <p className="border-2 border-red-700 p-2 text-center font-bold uppercase text-red-700">Cancelled: this order was not delivered</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <p className="font-semibold">Bill to</p>
          <p>{a.recipientName}</p>
          <p>{a.street}, {a.municipality}-{a.ward}</p>
          <p>{a.district}, {a.province}</p>
          <p>Phone {a.phone}</p>
        </div>
        <div className="sm:text-right">
          <p>
            Invoice no. <span className="font-mono font-semibold" data-testid="invoice-number">{invoice.number}</span>
          </p>
          <p>Fiscal year {invoice.fiscalYear}</p>
          <p>Date {formatDateTime(invoice.issuedAt)}</p>
          <p>Order <span className="font-mono">{order.number}</span></p>
          <p>Payment: {PAYMENT_METHOD_LABELS[order.paymentMethod]} · {PAYMENT_STATUS_LABELS[order.paymentStatus]}</p>
        </div>
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse [&_td]:px-1 [&_th]:px-1">
          <thead>
            <tr className="border-b border-black text-left">
              <th className="py-1">#</th><th>Medicine</th><th>Batch / expiry</th><th className="text-right">Qty</th><th className="text-right">Rate</th><th className="text-right">Amount</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l, i) => (
              <tr key={l.id} className="border-b border-slate-200 align-top">
                <td className="py-1">{i + 1}</td>
                <td>{l.name} {l.strength}<span className="block text-xs">{l.genericName}{l.requiresPrescription ? ' · Rx' : ''}</span></td>
                <td className="text-xs">{l.batches.filter((b) => !b.released).map((b) => <span key={b.batchNumber} className="block">{b.batchNumber} · {formatDay(b.expiryDate)}</span>)}</td>
                <td className="text-right">{l.quantity}</td>
                <td className="whitespace-nowrap text-right">{formatPaisa(l.unitPricePaisa)}</td>
                <td className="whitespace-nowrap text-right">{formatPaisa(l.lineTotalPaisa)}</td>
              </tr>
            ))}
          </tbody>
          <OrderTotalsFooter order={order} labelColumns={5} totalClassName="font-bold" />
        </table>
      </div>
      <p className="text-xs" data-testid="vat-note">Medicines are exempt from VAT (Value Added Tax Act, 2052, Schedule 1): no VAT is charged on this invoice.</p>
      <p className="text-xs">
        Medicines once sold are not returned except when damaged or wrongly supplied. Dispensed under {invoice.seller.pharmacistName}, {invoice.seller.pharmacistRegistration}.
      </p>
    </PrintSheet>
  );
}
