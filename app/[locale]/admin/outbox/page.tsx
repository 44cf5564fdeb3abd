import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db/client';
import { type Column, DataTable } from '@/components/admin/data-table';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { listOutbox, OUTBOX_PAGE_SIZE } from '@/lib/notifications/outbox';
import { listPushOutbox, PUSH_OUTBOX_PAGE_SIZE } from '@/lib/notifications/push/outbox';
import { listSmsOutbox, SMS_OUTBOX_PAGE_SIZE } from '@/lib/notifications/sms/outbox';
import { requirePermission } from '@/lib/permissions/guard';
import { RetryButton } from '@/components/admin/retry-button';
import { retryNotificationAction, retrySmsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.outbox'))('title') };
}

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

type ColumnName = 'created' | 'to' | 'shopper' | 'template' | 'language' | 'segments' | 'status' | 'attempts' | 'sentOrNext' | 'lastError' | 'problem' | 'pushService' | 'actions';
const EMAIL_COLUMNS: ColumnName[] = ['created', 'to', 'template', 'language', 'status', 'attempts', 'sentOrNext', 'lastError', 'actions'];
const PUSH_COLUMNS: ColumnName[] = ['created', 'shopper', 'template', 'language', 'status', 'attempts', 'sentOrNext', 'pushService'];
const SMS_COLUMNS: ColumnName[] = ['created', 'to', 'template', 'language', 'segments', 'status', 'attempts', 'sentOrNext', 'problem', 'actions'];
const CHANNELS = ['email', 'sms', 'push'] as const;
const href = (filter: Partial<Filter>) => {
  const query = new URLSearchParams();
  if (filter.channel && filter.channel !== 'email') query.set('channel', filter.channel);
  if (filter.status) query.set('status', filter.status);
  if (filter.page && filter.page > 1) query.set('page', String(filter.page));
  return query.size > 0 ? `/admin/outbox?${query}` : '/admin/outbox';
};

async function StatusBadge({ status }: { status: Filter['status'] & string }) {
  const t = await getTranslations('manage.outbox.status');
  return <span className={`rounded px-2 py-0.5 ${STATUS_STYLE[status] ?? ''}`}>{t(status)}</span>;
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
  const [t, locale] = await Promise.all([getTranslations('manage.outbox'), getLocale()]);
  const f = formattersFor(locale);
  const when = (d: Date | null) => (d ? f.dateTime(d) : '—');
  const columns = (names: ColumnName[]): Column[] =>
    names.map((name) => (name === 'actions' ? { label: <span className="sr-only">{t('columns.actions')}</span>, key: 'actions' } : t(`columns.${name}`)));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <nav aria-label={t('channelNav')} className="flex gap-2 text-sm">
        {CHANNELS.map((c) => (
          <Link key={c} href={href({ channel: c })} aria-current={filter.channel === c ? 'page' : undefined} className={`rounded px-3 py-1 font-medium ${filter.channel === c ? 'bg-brand-700 text-white' : 'bg-white'}`}>
            {t(`channels.${c}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">
        {t(`intro.${filter.channel}`)}
      </p>
      <nav aria-label={t('statusNav')} className="flex flex-wrap gap-2 text-sm">
        {(['all', 'pending', 'sent', 'logged', 'failed'] as const).map((s) => (
          <Link key={s} href={href({ channel: filter.channel, status: s === 'all' ? undefined : s })} className={`rounded px-2 py-1 ${(filter.status ?? 'all') === s ? 'bg-slate-900 text-white' : 'bg-white'}`}>
            {t(`status.${s}`)}
          </Link>
        ))}
      </nav>
      {sms ? (
        <DataTable columns={columns(SMS_COLUMNS)} emptyMessage={smsList.rows.length === 0 ? t('empty.sms') : null}>
          {smsList.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="sms-outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.toPhone}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{t(`languages.${r.locale}`)}</td>
              <td className="px-3 py-2" title={r.encoding === 'ucs2' ? t('encoding.ucs2') : t('encoding.gsm')}>
                {r.segments} {r.encoding === 'ucs2' ? '(Unicode)' : '(GSM)'}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2">{r.attempts}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.sentAt ? when(r.sentAt) : r.status === 'pending' ? when(r.nextAttemptAt) : '—'}</td>
              <td className="max-w-xs px-3 py-2 text-red-800" title={r.lastError ?? undefined}>
                {r.errorKind ? <span className="font-medium">{t(`smsErrors.${r.errorKind}`)}</span> : null}
              </td>
              <td className="px-3 py-2">{r.status === 'failed' && r.template !== 'phone-verification' ? <RetryButton id={r.id} action={retrySmsAction} /> : null}</td>
            </tr>
          ))}
        </DataTable>
      ) : push ? (
        <DataTable columns={columns(PUSH_COLUMNS)} emptyMessage={pushList.rows.length === 0 ? t('empty.push') : null}>
          {pushList.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="push-outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2">{r.toEmail ?? '—'}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{t(`languages.${r.locale}`)}</td>
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
        <DataTable columns={columns(EMAIL_COLUMNS)} emptyMessage={rows.length === 0 ? t('empty.email') : null}>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-testid="outbox-row">
              <td className="px-3 py-2 whitespace-nowrap">{when(r.createdAt)}</td>
              <td className="px-3 py-2">{r.toEmail}</td>
              <td className="px-3 py-2">{r.template}</td>
              <td className="px-3 py-2">{t(`languages.${r.locale}`)}</td>
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
              {t('previous')}
            </Link>
          ) : null}
          {t('page', { page: filter.page, pages })}
          {filter.page < pages ? (
            <Link className="ml-3 text-brand-700 underline" href={href({ ...filter, page: filter.page + 1 })}>
              {t('next')}
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
