import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrintSheet } from '@/components/admin/print-sheet';
import { requirePermission } from '@/lib/permissions/guard';
import { placeName } from '@/lib/geo/nepal';
import { formattersFor } from '@/lib/i18n/format';
import { readShopSettings } from '@/lib/settings/read';
import { staffOrderFromParams } from '../staff-order';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.packingSlip');
  return { title: t('metaTitle') };
}

/** What the packer picks (batch by batch, earliest expiry first) and what the courier needs; no prices. */
export default async function PackingSlipPage({ params }: { params: Promise<{ number: string }> }) {
  await requirePermission('orders.view');
  const order = await staffOrderFromParams(params);
  const a = order.address;
  const settings = await readShopSettings();
  const t = await getTranslations('admin.packingSlip');
  const locale = await getLocale();
  const f = formattersFor(locale);
  return (
    <PrintSheet title={t('title')} seller={settings}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{t('deliverTo')}</p>
          <p className="text-base font-semibold">{a.recipientName} · {a.phone}</p>
          <p>{a.street}{a.landmark ? t('near', { landmark: a.landmark }) : ''}</p>
          <p>{a.municipality}-{a.ward}, {placeName(locale, a.district)}, {placeName(locale, a.province)}</p>
          {order.deliveryNotes ? <p className="mt-1 border border-black p-1">{t('note', { note: order.deliveryNotes })}</p> : null}
        </div>
        <div className="sm:text-right">
          <p className="font-mono text-lg font-bold">{order.number}</p>
          <p>{order.paymentMethod === 'cod' && order.paymentStatus === 'unpaid' ? t('collectCash', { amount: f.paisa(order.totalPaisa) }) : t('prepaid')}</p>
          {order.courier ? <p>{t('courier', { courier: order.courier })}</p> : null}
        </div>
      </div>
      <div className="relative overflow-x-auto">
      <table className="w-full min-w-[28rem] border-collapse [&_td]:px-1 [&_th]:px-1">
        <thead>
          <tr className="border-b border-black text-left"><th className="py-1">{t('columns.picked')}</th><th>{t('columns.medicine')}</th><th>{t('columns.batch')}</th><th>{t('columns.expiry')}</th><th className="text-right">{t('columns.qty')}</th></tr>
        </thead>
        <tbody>
          {order.lines.flatMap((l) => {
            const held = l.batches.filter((b) => !b.released);
            // A line with no batch held (an old or cancelled order) is still listed, batch left blank.
            const picks = held.length > 0 ? held : [{ batchNumber: '—', expiryDate: '—', quantity: l.quantity }];
            return picks.map((b) => (
              <tr key={`${l.id}-${b.batchNumber}`} className="border-b border-slate-200">
                <td className="py-2">☐</td>
                <td>{l.name} {l.strength}{l.requiresPrescription ? ' (Rx)' : ''}</td>
                <td className="font-mono">{b.batchNumber}</td>
                <td>{b.expiryDate === '—' ? '—' : f.day(b.expiryDate)}</td>
                <td className="text-right">{f.count(b.quantity)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
      </div>
      <p className="pt-6">{t('signatures')}</p>
    </PrintSheet>
  );
}
