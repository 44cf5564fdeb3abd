import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { db } from '@/db/client';
import { type Column, DataTable } from '@/components/admin/data-table';
import { formatDateTime } from '@/lib/nepal-time';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/notifications/outbox';
import { requirePermission } from '@/lib/permissions/guard';
import { RetryButton } from '@/components/admin/retry-button';
import { retryNotificationAction } from './actions';

export const metadata: Metadata = { title: 'Email outbox' };

const filterSchema = z.object({
  status: z.enum(['pending', 'sending', 'sent', 'logged', 'failed']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const STATUS_STYLE: Record<string, string> = {
  pending: 'bg-amber-50 text-amber-900',
  sending: 'bg-sky-50 text-sky-900',
  sent: 'bg-brand-50 text-brand-800',
  logged: 'bg-slate-100 text-slate-800',
  failed: 'bg-red-50 text-red-800',
};

const COLUMNS: Column[] = ['Created', 'To', 'Template', 'Status', 'Attempts', 'Sent / next try', 'Last error', { label: <span className="sr-only">Actions</span>, key: 'actions' }];

const when = (d: Date | null) => (d ? formatDateTime(d) : '—');

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('outbox.manage');
  const raw = await searchParams;
  const filter = filterSchema.parse({ status: raw.status, page: raw.page ?? 1 });
  const { rows, total } = await listOutbox(db, filter);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Email outbox</h1>
      <p className="text-sm text-slate-600">
        Every email the shop sends, newest first. &ldquo;Logged&rdquo; means no Resend key is configured and the email went to the server log.
      </p>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {['all', 'pending', 'sent', 'logged', 'failed'].map((s) => (
          <Link key={s} href={s === 'all' ? '/admin/outbox' : `/admin/outbox?status=${s}`} className={`rounded px-2 py-1 ${(filter.status ?? 'all') === s ? 'bg-slate-900 text-white' : 'bg-white'}`}>
            {s}
          </Link>
        ))}
      </nav>
      <DataTable columns={COLUMNS} emptyMessage={rows.length === 0 ? 'No emails.' : null}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100" data-testid="outbox-row">
            <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
            <td className="px-3 py-2">{r.toEmail}</td>
            <td className="px-3 py-2">{r.template}</td>
            <td className="px-3 py-2">
              <span className={`rounded px-2 py-0.5 ${STATUS_STYLE[r.status] ?? ''}`}>{r.status}</span>
            </td>
            <td className="px-3 py-2">{r.attempts}</td>
            <td className="px-3 py-2 whitespace-nowrap">{r.sentAt ? when(r.sentAt) : r.status === 'pending' ? when(r.nextAttemptAt) : '—'}</td>
            <td className="max-w-xs truncate px-3 py-2 text-red-800" title={r.lastError ?? undefined}>
              {r.lastError ?? ''}
            </td>
            <td className="px-3 py-2">{r.status === 'failed' ? <RetryButton id={r.id} action={retryNotificationAction} /> : null}</td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 ? (
        <p className="text-sm">
          Page {filter.page} of {pages}
          {filter.page < pages ? (
            <Link className="ml-3 text-brand-700 underline" href={`/admin/outbox?${new URLSearchParams({ ...(filter.status ? { status: filter.status } : {}), page: String(filter.page + 1) })}`}>
              Next
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
