import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { db } from '@/db/client';
import { type Column, DataTable } from '@/components/admin/data-table';
import { formatDateTime } from '@/lib/nepal-time';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/notifications/outbox';
import { smsErrorLabel } from '@/lib/notifications/sms/gateway';
import { listPushOutbox, PUSH_OUTBOX_PAGE_SIZE } from '@/lib/notifications/push/outbox';
import { listSmsOutbox, SMS_OUTBOX_PAGE_SIZE } from '@/lib/notifications/sms/outbox';
import { requirePermission } from '@/lib/permissions/guard';
import { RetryButton } from '@/components/admin/retry-button';
import { retryNotificationAction, retrySmsAction } from './actions';

export const metadata: Metadata = { title: 'Outbox' };

const filterSchema = z.object({
  channel: z.enum(['email', 'sms', 'push']).catch('email'),
  status: z.enum(['pending', 'sending', 'sent', 'logged', 'failed']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
type Filter = z.infer<typeof filterSchema>;

const STATUS_STYLE: Record<string, string> = {
  pending: 'bg-amber-50 text-amber-900',
  sending: 'bg-sky-50 text-sky-900',
  sent: 'bg-brand-50 text-brand-800',
  logged: 'bg-slate-100 text-slate-800',
  failed: 'bg-red-50 text-red-800',
};

const actionsColumn = { label: <span className="sr-only">Actions</span>, key: 'actions' };
const EMAIL_COLUMNS: Column[] = ['Created', 'To', 'Template', 'Language', 'Status', 'Attempts', 'Sent / next try', 'Last error', actionsColumn];
const PUSH_COLUMNS: Column[] = ['Created', 'Shopper', 'Template', 'Language', 'Status', 'Attempts', 'Sent / next try', 'Push service'];
const CHANNELS = { email: 'Email', sms: 'SMS', push: 'Push' } as const;
const LANGUAGE = { en: 'English', ne: 'Nepali' } as const;
const SMS_COLUMNS: Column[] = ['Created', 'To', 'Template', 'Language', 'Segments', 'Status', 'Attempts', 'Sent / next try', 'Problem', actionsColumn];

const when = (d: Date | null) => (d ? formatDateTime(d) : '—');
const href = (filter: Partial<Filter>) => {
  const query = new URLSearchParams();
  if (filter.channel && filter.channel !== 'email') query.set('channel', filter.channel);
  if (filter.status) query.set('status', filter.status);
  if (filter.page && filter.page > 1) query.set('page', String(filter.page));
  return query.size > 0 ? `/admin/outbox?${query}` : '/admin/outbox';
};

function StatusBadge({ status }: { status: string }) {
  return <span className={`rounded px-2 py-0.5 ${STATUS_STYLE[status] ?? ''}`}>{status}</span>;
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('outbox.manage');
  const raw = await searchParams;
  const filter = filterSchema.parse({ channel: raw.channel ?? 'email', status: raw.status, page: raw.page ?? 1 });
  const sms = filter.channel === 'sms';
  const push = filter.channel === 'push';
  const empty = { rows: [], total: 0 };
  const [emailList, smsList, pushList] = await Promise.all([
    sms || push ? empty : listOutbox(db, filter),
    sms ? listSmsOutbox(db, filter) : empty,
    push ? listPushOutbox(db, filter) : empty,
  ]);
  const rows = emailList.rows;
  const total = sms ? smsList.total : push ? pushList.total : emailList.total;
  const pages = Math.max(1, Math.ceil(total / (sms ? SMS_OUTBOX_PAGE_SIZE : push ? PUSH_OUTBOX_PAGE_SIZE : OUTBOX_PAGE_SIZE)));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Outbox</h1>
      <nav aria-label="Channel" className="flex gap-2 text-sm">
        {(Object.keys(CHANNELS) as (keyof typeof CHANNELS)[]).map((c) => (
          <Link key={c} href={href({ channel: c })} aria-current={filter.channel === c ? 'page' : undefined} className={`rounded px-3 py-1 font-medium ${filter.channel === c ? 'bg-brand-700 text-white' : 'bg-white'}`}>
            {CHANNELS[c]}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">
        {sms
          ? 'Every SMS the shop sends, newest first, with its segments (what the gateway charges). “Logged” means neither SPARROW_SMS_TOKEN nor AAKASH_SMS_TOKEN is set and the SMS went to the server log.'
          : push
            ? 'Every push notification, one per browser a shopper turned notifications on in, newest first. A browser the push service says is gone (404 or 410) is forgotten and its messages fail; they are not sent again.'
            : 'Every email the shop sends, newest first, in the reader’s language. “Logged” means no Resend key is configured and the email went to the server log.'}
      </p>
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {(['all', 'pending', 'sent', 'logged', 'failed'] as const).map((s) => (
          <Link key={s} href={href({ channel: filter.channel, status: s === 'all' ? undefined : s })} className={`rounded px-2 py-1 ${(filter.status ?? 'all') === s ? 'bg-slate-900 text-white' : 'bg-white'}`}>
            {s}
          </Link>
        ))}
      </nav>
      {sms ? (
        <DataTable columns={SMS_COLUMNS} emptyMessage={smsList.rows.length === 0 ? 'No SMS.' : null}>
          {smsList.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="sms-outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.toPhone}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{LANGUAGE[r.locale]}</td>
              <td className="px-3 py-2" title={r.encoding === 'ucs2' ? 'Unicode: 70 characters, 67 a part' : 'GSM: 160 characters, 153 a part'}>
                {r.segments} {r.encoding === 'ucs2' ? '(Unicode)' : '(GSM)'}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2">{r.attempts}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.sentAt ? when(r.sentAt) : r.status === 'pending' ? when(r.nextAttemptAt) : '—'}</td>
              <td className="max-w-xs px-3 py-2 text-red-800" title={r.lastError ?? undefined}>
                {r.errorKind ? <span className="font-medium">{smsErrorLabel(r.errorKind)}</span> : null}
              </td>
              <td className="px-3 py-2">{r.status === 'failed' && r.template !== 'phone-verification' ? <RetryButton id={r.id} action={retrySmsAction} /> : null}</td>
            </tr>
          ))}
        </DataTable>
      ) : push ? (
        <DataTable columns={PUSH_COLUMNS} emptyMessage={pushList.rows.length === 0 ? 'No push notifications.' : null}>
          {pushList.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="push-outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2">{r.toEmail ?? '—'}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{LANGUAGE[r.locale]}</td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2">{r.attempts}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.sentAt ? when(r.sentAt) : r.status === 'pending' ? when(r.nextAttemptAt) : '—'}</td>
              <td className="max-w-xs truncate px-3 py-2" title={r.lastError ?? undefined}>
                {r.lastStatusCode ? `HTTP ${r.lastStatusCode}` : ''}
                {r.lastError ? <span className="ml-1 text-red-800">{r.lastError}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <DataTable columns={EMAIL_COLUMNS} emptyMessage={rows.length === 0 ? 'No emails.' : null}>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2">{r.toEmail}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{LANGUAGE[r.locale]}</td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
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
      )}
      {pages > 1 ? (
        <p className="text-sm">
          {filter.page > 1 ? (
            <Link className="mr-3 text-brand-700 underline" href={href({ ...filter, page: filter.page - 1 })}>
              Previous
            </Link>
          ) : null}
          Page {filter.page} of {pages}
          {filter.page < pages ? (
            <Link className="ml-3 text-brand-700 underline" href={href({ ...filter, page: filter.page + 1 })}>
              Next
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
