import type { Metadata } from 'next';
import Link from 'next/link';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { formatDateTime, formatWaitingTime } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { reviewQueue } from '@/lib/prescriptions/staff-queries';
import { queueFilterSchema } from '@/lib/prescriptions/validation';

export const metadata: Metadata = { title: 'Prescriptions to review' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrescriptionQueuePage({ searchParams }: Props) {
  await requirePermission('prescriptions.review');
  const raw = await searchParams;
  const filter = queueFilterSchema.parse({ status: raw.status ?? 'pending', ocr: raw.ocr ?? 'any', flagged: raw.flagged ?? '0', q: raw.q ?? '' });
  const rows = await reviewQueue(filter);
  const field = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Prescriptions</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label="Filter prescriptions">
        <label className="text-sm">Status<br />
          <select name="status" defaultValue={filter.status} className={field}>
            <option value="pending">Pending</option><option value="approved">Approved</option><option value="rejected">Rejected</option><option value="all">All</option>
          </select>
        </label>
        <label className="text-sm">OCR<br />
          <select name="ocr" defaultValue={filter.ocr} className={field}>
            <option value="any">Any</option><option value="done">Read</option><option value="waiting">Still reading</option><option value="failed">Failed</option>
          </select>
        </label>
        <label className="text-sm">Flags<br />
          <select name="flagged" defaultValue={filter.flagged} className={field}>
            <option value="0">Any</option><option value="1">Flagged only</option>
          </select>
        </label>
        <label className="text-sm">Customer<br />
          <input name="q" defaultValue={filter.q} placeholder="name or email" className={field} />
        </label>
        <button type="submit" className="rounded-md bg-slate-800 px-3 py-1.5 text-sm font-semibold text-white">Filter</button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">Nothing here. {filter.status === 'pending' ? 'Every prescription has been reviewed.' : ''}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr><th className="p-2">Customer</th><th className="hidden p-2 sm:table-cell">Uploaded</th><th className="p-2">Waiting</th><th className="p-2">Status</th><th className="hidden p-2 md:table-cell">OCR</th><th className="hidden p-2 md:table-cell">NMC</th><th className="hidden p-2 sm:table-cell">Orders</th><th className="p-2">Flags</th><th className="p-2"><span className="sr-only">Open</span></th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100" data-testid="queue-row">
                <td className="p-2"><span className="font-medium">{r.customerName}</span><br /><span className="break-all text-slate-600">{r.customerEmail}</span></td>
                <td className="hidden p-2 sm:table-cell">{formatDateTime(r.uploadedAt)}</td>
                <td className="p-2">{r.status === 'pending' ? formatWaitingTime(r.waitingMinutes) : '—'}</td>
                <td className="p-2"><PrescriptionStatusBadge status={r.status} /></td>
                <td className="hidden p-2 md:table-cell">{r.ocrStatus}</td>
                <td className="hidden p-2 font-mono md:table-cell">{r.nmcNumber ?? '—'}</td>
                <td className="hidden p-2 sm:table-cell">{r.linkedOrders}</td>
                <td className="p-2">{r.flags.length > 0 ? <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs text-rose-900">{r.flags.length}</span> : ''}</td>
                <td className="p-2"><Link href={`/admin/prescriptions/${r.id}`} className="font-semibold text-brand-700 underline">Review</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
