import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { DeleteEndpointButton, EndpointEnabledButton, ReplayButton, RotateSecretButton, SendTestButton } from '@/components/admin/webhook-forms';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { findWebhookEndpoint, listWebhookDeliveries } from '@/lib/webhooks/endpoints';
import { deleteWebhookEndpointAction, replayWebhookDeliveryAction, rotateWebhookSecretAction, sendWebhookTestAction, setWebhookEndpointEnabledAction } from '../actions';
import { EndpointState } from '../endpoint-state';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.webhooks.endpoint'))('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATE_STYLE = {
  pending: 'bg-amber-50 text-amber-900',
  sending: 'bg-sky-50 text-sky-900',
  delivered: 'bg-brand-50 text-brand-800',
  failed: 'bg-red-50 text-red-800',
} as const;

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  await requirePermission('webhooks.manage');
  const endpoint = await findWebhookEndpoint((await params).id);
  if (!endpoint) notFound();
  const raw = (await searchParams).page;
  const [{ rows: deliveries, total, page, pageCount }, t, locale] = await Promise.all([
    listWebhookDeliveries(endpoint.id, Number(Array.isArray(raw) ? raw[0] : raw) || 1),
    getTranslations('manage.webhooks.endpoint'),
    getLocale(),
  ]);
  const f = formattersFor(locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/admin/webhooks" className="text-sm text-brand-700 underline">{t('back')}</Link>
        <h1 className="break-all text-xl font-bold" data-testid="webhook-url">{endpoint.url}</h1>
        {endpoint.description ? <p className="text-sm text-slate-600">{endpoint.description}</p> : null}
        <p className="text-sm text-slate-600">
          {t('events')} <span className="font-mono text-xs">{endpoint.events.join(', ')}</span> · {t('registered', { when: f.dateTime(endpoint.createdAt) })} ·{' '}
          <Link href={`/admin/audit?entityType=webhook_endpoint&entityId=${endpoint.id}`} className="text-brand-700 underline">{t('changes')}</Link>
        </p>
        <div className="text-sm"><EndpointState endpoint={endpoint} /></div>
      </div>
      <section className="flex flex-wrap items-start gap-3" aria-label={t('actions')}>
        <EndpointEnabledButton endpointId={endpoint.id} enabled={endpoint.enabled} action={setWebhookEndpointEnabledAction} />
        {endpoint.enabled ? <SendTestButton endpointId={endpoint.id} action={sendWebhookTestAction} /> : null}
        <RotateSecretButton endpointId={endpoint.id} action={rotateWebhookSecretAction} />
        <DeleteEndpointButton endpointId={endpoint.id} url={endpoint.url} action={deleteWebhookEndpointAction} />
      </section>
      <section className="space-y-2" aria-labelledby="deliveries">
        <h2 id="deliveries" className="font-semibold">{t('deliveries')}</h2>
        <ResultCount count={total} singular={t('one')} plural={t('other')} />
        {deliveries.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="no-deliveries">
            {t('noDeliveries')}
          </p>
        ) : (
          <DataTable columns={[t('columns.event'), t('columns.state'), t('columns.answers'), '']}>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} className="border-t border-slate-100 align-top" data-testid="webhook-delivery" data-event-type={delivery.eventType} data-state={delivery.state}>
                <td className="px-3 py-2">
                  <span className="font-mono text-xs">{delivery.eventType}</span>
                  <span className="block break-all font-mono text-xs text-slate-500">{delivery.eventId}</span>
                  <span className="block text-xs text-slate-500">{f.dateTime(delivery.createdAt)}</span>
                </td>
                <td className="px-3 py-2 text-sm">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[delivery.state]}`}>{t(`states.${delivery.state}`)}</span>
                  <span className="mt-1 block text-xs text-slate-600">
                    {/* The log, not the retry counter: a replay starts the retries again but keeps what came before. */}
                    {t('attempts', { count: delivery.attemptLog.length })}
                    {delivery.state === 'pending' ? t('nextAttempt', { when: f.dateTime(delivery.nextAttemptAt) }) : ''}
                  </span>
                </td>
                <td className="px-3 py-2 text-xs">
                  <ol className="space-y-0.5" data-testid="attempt-log">
                    {delivery.attemptLog.map((attempt, index) => (
                      <li key={index} data-testid="attempt" data-code={attempt.code ?? ''}>
                        <span className="font-mono font-semibold">{attempt.code ?? '—'}</span> {f.dateTime(new Date(attempt.at))}
                        {attempt.error && attempt.code === null ? <span className="block break-all text-red-700">{attempt.error}</span> : null}
                      </li>
                    ))}
                  </ol>
                </td>
                <td className="px-3 py-2">
                  {endpoint.enabled && (delivery.state === 'delivered' || delivery.state === 'failed') ? (
                    <ReplayButton endpointId={endpoint.id} deliveryId={delivery.id} action={replayWebhookDeliveryAction} />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={page} pageCount={pageCount} hrefFor={(p) => `/admin/webhooks/${endpoint.id}?page=${p}`} />
      </section>
    </div>
  );
}
