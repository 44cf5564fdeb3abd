import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { RegisterWebhookForm } from '@/components/admin/webhook-forms';
import { Alert } from '@/components/ui/alert';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events';
import { registerWebhookEndpointAction } from './actions';
import { EndpointState } from './endpoint-state';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.webhooks.list'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminWebhooksPage({ searchParams }: Props) {
  await requirePermission('webhooks.manage');
  const query = await searchParams;
  const raw = Array.isArray(query.page) ? query.page[0] : query.page;
  const [{ rows: endpoints, total, page, pageCount }, t, locale] = await Promise.all([listWebhookEndpoints(Number(raw) || 1), getTranslations('manage.webhooks'), getLocale()]);
  const f = formattersFor(locale);
  const events = WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: t(`events.${value}`) }));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('list.title')}</h1>
        <p className="text-sm text-slate-600">
          {t.rich('list.intro', {
            docs: (chunks) => <NextLink href="/api/docs" className="text-brand-700 underline">{chunks}</NextLink>,
          })}
        </p>
      </div>
      {query.deleted ? <Alert tone="success">{t('list.deleted')}</Alert> : null}
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="new-endpoint">
        <h2 id="new-endpoint" className="mb-3 font-semibold">{t('list.newEndpoint')}</h2>
        <RegisterWebhookForm events={events} action={registerWebhookEndpointAction} />
      </section>
      <section className="space-y-2">
        <ResultCount count={total} singular={t('list.one')} plural={t('list.other')} />
        {endpoints.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="no-webhooks">{t('list.empty')}</p>
        ) : (
          <DataTable columns={[t('list.columns.endpoint'), t('list.columns.events'), t('list.columns.state'), t('list.columns.lastSuccess')]}>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id} className="border-t border-slate-100 align-top" data-testid="webhook-row">
                <td className="min-w-[10rem] max-w-[20rem] px-3 py-2">
                  <Link href={`/admin/webhooks/${endpoint.id}`} className="break-all text-brand-700 underline">{endpoint.url}</Link>
                  {endpoint.description ? <span className="block text-xs text-slate-500">{endpoint.description}</span> : null}
                </td>
                <td className="px-3 py-2 font-mono text-xs">
                  {endpoint.events.map((event) => <span key={event} className="block">{event}</span>)}
                </td>
                <td className="px-3 py-2 text-sm"><EndpointState endpoint={endpoint} /></td>
                <td className="px-3 py-2 text-sm">{endpoint.lastSuccessAt ? f.dateTime(endpoint.lastSuccessAt) : t('list.never')}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={page} pageCount={pageCount} hrefFor={(p) => `/admin/webhooks?page=${p}`} />
      </section>
    </div>
  );
}
