import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { WriteOffButton } from '@/components/admin/stock-forms';
import { requirePermission } from '@/lib/permissions/guard';
import { batchFilterSchema, listBatches } from '@/lib/admin/stock';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { writeOffAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.stock.batches');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchesPage({ searchParams }: Props) {
  await requirePermission('stock.view');
  const raw = await searchParams;
  const filter = batchFilterSchema.parse({ expiring: raw.expiring, expired: raw.expired });
  const rows = await listBatches(filter);
  const value = rows.reduce((sum, r) => sum + r.valuePaisa, 0);
  const units = rows.reduce((sum, r) => sum + r.quantity, 0);
  const t = await getTranslations('admin.stock.batches');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{filter.expired ? t('expiredTitle') : t('expiringTitle', { days: f.count(filter.expiring ?? 90) })}</h1>
      <nav className="flex gap-3 text-sm" aria-label={t('windows')}>
        {[30, 60, 90].map((d) => (
          <Link key={d} href={`/admin/stock/batches?expiring=${d}`} className="text-brand-700 underline">{t('days', { days: f.count(d) })}</Link>
        ))}
        <Link href="/admin/stock/batches?expired=1" className="text-brand-700 underline">{t('expired')}</Link>
      </nav>
      <p className="text-sm" data-testid="batches-summary">
        {t('summary', { batches: rows.length, units: f.count(units), value: f.paisa(value) })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr><th className="px-3 py-2">{t('columns.medicine')}</th><th className="px-3 py-2">{t('columns.batch')}</th><th className="px-3 py-2">{t('columns.expiry')}</th><th className="px-3 py-2 text-right">{t('columns.units')}</th><th className="px-3 py-2 text-right">{t('columns.value')}</th><th className="px-3 py-2" /></tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id} className="border-t border-slate-100" data-testid="batch-row">
                <td className="px-3 py-2"><Link href={`/admin/stock/${b.productId}`} className="text-brand-700 underline">{b.brandName}</Link></td>
                <td className="px-3 py-2 font-mono">{b.batchNumber}</td>
                <td className={`px-3 py-2 ${b.expired ? 'text-red-700' : ''}`}>{f.day(b.expiryDate)}</td>
                <td className="px-3 py-2 text-right">{f.count(b.quantity)}</td>
                <td className="px-3 py-2 text-right">{f.paisa(b.valuePaisa)}</td>
                <td className="px-3 py-2">{b.expired ? <WriteOffButton batchId={b.id} subject={t('batchOf', { batch: b.batchNumber, name: b.brandName })} action={writeOffAction} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
