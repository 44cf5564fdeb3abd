import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { formattersFor } from '@/lib/i18n/format';
import { requirePermission } from '@/lib/permissions/guard';
import { refillsDue } from '@/lib/refills/due-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.refills');
  return { title: t('metaTitle') };
}

export default async function RefillsDuePage() {
  await requirePermission('orders.view');
  const rows = await refillsDue();
  const t = await getTranslations('admin.refills');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <ResultCount text={t('count', { count: rows.length })} />
      <DataTable columns={[t('columns.runsOut'), t('columns.medicine'), t('columns.shopper'), t('columns.patient'), t('columns.reminder')]} emptyMessage={rows.length === 0 ? t('empty') : null}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="refill-due-row">
            <td className="whitespace-nowrap px-3 py-2">{f.day(r.runsOutOn)}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.medicine}</td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.customerName}<span className="block text-xs text-slate-600">{r.customerEmail}</span></td>
            <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.patientName ?? ''}</td>
            <td className="px-3 py-2 text-xs">{r.reminded ? t('sent') : t('due', { day: f.day(r.remindOn) })}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
