import type { Metadata } from 'next';
import Link from 'next/link';
import { CreatePartnerKeyForm, RevokePartnerKeyButton } from '@/components/admin/api-key-forms';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { PARTNER_SCOPE_LABELS, PARTNER_SCOPES } from '@/lib/api/contract/scopes';
import { listPartnerKeys } from '@/lib/api/partner-keys';
import { formatDateTime } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { createPartnerKeyAction, revokePartnerKeyAction } from './actions';

export const metadata: Metadata = { title: 'API keys' };

const SCOPES = PARTNER_SCOPES.map((value) => ({ value, label: PARTNER_SCOPE_LABELS[value] }));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminApiKeysPage({ searchParams }: Props) {
  await requirePermission('api-keys.manage');
  const raw = (await searchParams).page;
  const { rows: keys, total, page, pageCount } = await listPartnerKeys(Number(Array.isArray(raw) ? raw[0] : raw) || 1);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Partner API keys</h1>
        <p className="text-sm text-slate-600">
          Keys let a partner&rsquo;s server (a delivery firm, for example) call the <Link href="/api/docs" className="text-brand-700 underline">public API</Link> with
          the scopes you give it. A key is shown once when it is created; every request made with it is written to the audit log.
        </p>
      </div>
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="new-key">
        <h2 id="new-key" className="mb-3 font-semibold">New key</h2>
        <CreatePartnerKeyForm scopes={SCOPES} action={createPartnerKeyAction} />
      </section>
      <section className="space-y-2">
        <ResultCount count={total} singular="key" />
        {keys.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="no-api-keys">No keys yet. Partners cannot use the API until you create one.</p>
        ) : (
          <DataTable columns={['Key', 'Scopes', 'Created', 'Last used', '']}>
            {keys.map((key) => (
              <tr key={key.id} className="border-t border-slate-100 align-top" data-testid="api-key-row" data-name={key.name}>
                <td className="px-3 py-2">
                  {key.name}
                  <span className="block font-mono text-xs text-slate-500">{key.keyPrefix}…</span>
                </td>
                <td className="px-3 py-2 font-mono text-xs">{key.scopes.join(', ')}</td>
                <td className="px-3 py-2 text-sm">{formatDateTime(key.createdAt)}</td>
                <td className="px-3 py-2 text-sm">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
                <td className="px-3 py-2 text-sm">
                  {key.revokedAt ? (
                    <span className="text-red-700" data-testid="revoked">Revoked {formatDateTime(key.revokedAt)}</span>
                  ) : (
                    <RevokePartnerKeyButton keyId={key.id} name={key.name} action={revokePartnerKeyAction} />
                  )}
                  <Link href={`/admin/audit?entityType=api_key&entityId=${key.id}`} className="mt-1 block text-brand-700 underline">Uses</Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={page} pageCount={pageCount} hrefFor={(p) => `/admin/api-keys?page=${p}`} />
      </section>
    </div>
  );
}
