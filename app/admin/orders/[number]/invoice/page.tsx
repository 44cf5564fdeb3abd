import type { Metadata } from 'next';
import { OrderTotalsFooter } from '@/components/admin/order-totals-footer';
import { PrintSheet } from '@/components/admin/print-sheet';
import { requirePermission } from '@/lib/permissions/guard';
import { PHARMACY } from '@/lib/admin/pharmacy';
import { formatPaisa } from '@/lib/money';
import { PAYMENT_METHOD_LABELS } from '@/lib/payments/method-labels';
import { formatDateTime, formatDay } from '@/lib/nepal-time';
import { PAYMENT_STATUS_LABELS } from '@/lib/orders/status-rules';
import { staffOrderFromParams } from '../staff-order';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ number: string }> }) {
  await requirePermission('orders.view');
  const order = await staffOrderFromParams(params);
  const a = order.address;
  return (
    <PrintSheet title="Tax invoice">
      <div className="grid grid-cols-2 gap-4">
        <div>
          <p className="font-semibold">Bill to</p>
          <p>{a.recipientName}</p>
          <p>{a.street}, {a.municipality}-{a.ward}</p>
          <p>{a.district}, {a.province}</p>
          <p>Phone {a.phone}</p>
        </div>
        <div className="text-right">
          <p>Invoice for order <span className="font-mono font-semibold">{order.number}</span></p>
          <p>Date {formatDateTime(order.createdAt)}</p>
          <p>Payment: {PAYMENT_METHOD_LABELS[order.paymentMethod]} · {PAYMENT_STATUS_LABELS[order.paymentStatus]}</p>
        </div>
      </div>
      <table className="w-full border-collapse">
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
              <td className="text-right">{formatPaisa(l.unitPricePaisa)}</td>
              <td className="text-right">{formatPaisa(l.lineTotalPaisa)}</td>
            </tr>
          ))}
        </tbody>
        <OrderTotalsFooter order={order} labelColumns={5} totalClassName="font-bold" />
      </table>
      <p className="text-xs">Medicines once sold are not returned except when damaged or wrongly supplied. Dispensed under {PHARMACY.pharmacistInCharge}.</p>
    </PrintSheet>
  );
}
