import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { reviewQueue } from '@/lib/prescriptions/staff-queries';
import { queueFilterSchema } from '@/lib/prescriptions/validation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.prescriptions.queue');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrescriptionQueuePage({ searchParams }: Props) {
  await requirePermission('prescriptions.review');
  const raw = await searchParams;
  const filter = queueFilterSchema.parse({ status: raw.status ?? 'pending', ocr: raw.ocr ?? 'any', flagged: raw.flagged ?? '0', q: raw.q ?? '' });
  const rows = await reviewQueue(filter);
  const t = await getTranslations('admin.prescriptions.queue');
  const f = formattersFor(await getLocale());
  const field = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t('filterLabel')}>
        <label className="text-sm">{t('status')}<br />
          <select name="status" defaultValue={filter.status} className={field}>
            {(['pending', 'approved', 'rejected', 'all'] as const).map((value) => <option key={value} value={value}>{t(`statusOptions.${value}`)}</option>)}
          </select>
        </label>
        <label className="text-sm">{t('ocr')}<br />
          <select name="ocr" defaultValue={filter.ocr} className={field}>
            {(['any', 'done', 'waiting', 'failed'] as const).map((value) => <option key={value} value={value}>{t(`ocrOptions.${value}`)}</option>)}
          </select>
        </label>
        <label className="text-sm">{t('flags')}<br />
          <select name="flagged" defaultValue={filter.flagged} className={field}>
            <option value="0">{t('flagOptions.any')}</option><option value="1">{t('flagOptions.flagged')}</option>
          </select>
        </label>
        <label className="text-sm">{t('customer')}<br />
          <input name="q" defaultValue={filter.q} placeholder={t('customerPlaceholder')} className={field} />
        </label>
        <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-semibold text-white">{t('filter')}</button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t('nothing')} {filter.status === 'pending' ? t('allReviewed') : ''}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr><th className="p-2">{t('columns.customer')}</th><th className="hidden p-2 sm:table-cell">{t('columns.uploaded')}</th><th className="p-2">{t('columns.waiting')}</th><th className="p-2">{t('columns.status')}</th><th className="hidden p-2 md:table-cell">{t('columns.ocr')}</th><th className="hidden p-2 md:table-cell">{t('columns.nmc')}</th><th className="hidden p-2 sm:table-cell">{t('columns.orders')}</th><th className="p-2">{t('columns.flags')}</th><th className="p-2"><span className="sr-only">{t('columns.open')}</span></th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100" data-testid="queue-row">
                <td className="p-2"><span className="font-medium">{r.customerName}</span><br /><span className="break-all text-slate-600">{r.customerEmail}</span></td>
                <td className="hidden p-2 sm:table-cell">{f.dateTime(r.uploadedAt)}</td>
                <td className="p-2">{r.status === 'pending' ? f.waitingTime(r.waitingMinutes) : '—'}</td>
                <td className="p-2"><PrescriptionStatusBadge status={r.status} /></td>
                <td className="hidden p-2 md:table-cell">{r.ocrStatus}</td>
                <td className="hidden p-2 font-mono md:table-cell">{r.nmcNumber ?? '—'}</td>
                <td className="hidden p-2 sm:table-cell">{f.count(r.linkedOrders)}</td>
                <td className="p-2">{r.flags.length > 0 ? <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs text-rose-900">{f.count(r.flags.length)}</span> : ''}</td>
                <td className="p-2"><Link href={`/admin/prescriptions/${r.id}`} className="font-semibold text-brand-700 underline">{t('review')}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
