import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { RegisterWebhookForm } from '@/components/admin/webhook-forms';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/events';
import { registerWebhookEndpointAction } from './actions';
import { EndpointState } from './endpoint-state';

export const metadata: Metadata = { title: 'Webhooks' };

const EVENTS = WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminWebhooksPage({ searchParams }: Props) {
  await requirePermission('webhooks.manage');
  const query = await searchParams;
  const raw = Array.isArray(query.page) ? query.page[0] : query.page;
  const { rows: endpoints, total, page, pageCount } = await listWebhookEndpoints(Number(raw) || 1);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Webhooks</h1>
        <p className="text-sm text-slate-600">
          A partner&rsquo;s server hears about orders, payments and prescriptions as they happen. Each request is signed with the
          endpoint&rsquo;s secret (the Standard Webhooks scheme) and retried for about a day when it fails. Payloads carry order and
          prescription numbers, never a shopper&rsquo;s details: see the <Link href="/api/docs" className="text-brand-700 underline">API reference</Link>.
        </p>
      </div>
      {query.deleted ? <Alert tone="success">Endpoint deleted.</Alert> : null}
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="new-endpoint">
        <h2 id="new-endpoint" className="mb-3 font-semibold">New endpoint</h2>
        <RegisterWebhookForm events={EVENTS} action={registerWebhookEndpointAction} />
      </section>
      <section className="space-y-2">
        <ResultCount count={total} singular="endpoint" />
        {endpoints.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="no-webhooks">No endpoints yet. Nothing is sent until you register one.</p>
        ) : (
          <DataTable columns={['Endpoint', 'Events', 'State', 'Last success']}>
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
                <td className="px-3 py-2 text-sm">{endpoint.lastSuccessAt ? formatDateTime(endpoint.lastSuccessAt) : 'Never'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={page} pageCount={pageCount} hrefFor={(p) => `/admin/webhooks?page=${p}`} />
      </section>
    </div>
  );
}
