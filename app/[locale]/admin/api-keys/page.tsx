import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreatePartnerKeyForm, RevokePartnerKeyButton } from '@/components/admin/api-key-forms';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { PARTNER_SCOPES } from '@/lib/api/contract/scopes';
import { listPartnerKeys } from '@/lib/api/partner-keys';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { createPartnerKeyAction, revokePartnerKeyAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.apiKeys.page'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminApiKeysPage({ searchParams }: Props) {
  await requirePermission('api-keys.manage');
  const raw = (await searchParams).page;
  const [{ rows: keys, total, page, pageCount }, t, locale] = await Promise.all([listPartnerKeys(Number(Array.isArray(raw) ? raw[0] : raw) || 1), getTranslations('manage.apiKeys'), getLocale()]);
  const f = formattersFor(locale);
  const scopes = PARTNER_SCOPES.map((value) => ({ value, label: t(`scopes.${value}`) }));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('page.heading')}</h1>
        <p className="text-sm text-slate-600">
          {t.rich('page.intro', {
            docs: (chunks) => <NextLink href="/api/docs" className="text-brand-700 underline">{chunks}</NextLink>,
          })}
        </p>
      </div>
      <section className="max-w-xl rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="new-key">
        <h2 id="new-key" className="mb-3 font-semibold">{t('page.newKey')}</h2>
        <CreatePartnerKeyForm scopes={scopes} action={createPartnerKeyAction} />
      </section>
      <section className="space-y-2">
        <ResultCount count={total} singular={t('page.one')} plural={t('page.other')} />
        {keys.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-testid="no-api-keys">{t('page.empty')}</p>
        ) : (
          <DataTable columns={[t('page.columns.key'), t('page.columns.scopes'), t('page.columns.created'), t('page.columns.lastUsed'), '']}>
            {keys.map((key) => (
              <tr key={key.id} className="border-t border-slate-100 align-top" data-testid="api-key-row" data-name={key.name}>
                <td className="px-3 py-2">
                  {key.name}
                  <span className="block font-mono text-xs text-slate-500">{key.keyPrefix}…</span>
                </td>
                <td className="px-3 py-2 font-mono text-xs">{key.scopes.join(', ')}</td>
                <td className="px-3 py-2 text-sm">{f.dateTime(key.createdAt)}</td>
                <td className="px-3 py-2 text-sm">{key.lastUsedAt ? f.dateTime(key.lastUsedAt) : t('page.never')}</td>
                <td className="px-3 py-2 text-sm">
                  {key.revokedAt ? (
                    <span className="text-red-700" data-testid="revoked">{t('page.revoked', { when: f.dateTime(key.revokedAt) })}</span>
                  ) : (
                    <RevokePartnerKeyButton keyId={key.id} name={key.name} action={revokePartnerKeyAction} />
                  )}
                  <Link href={`/admin/audit?entityType=api_key&entityId=${key.id}`} className="mt-1 block text-brand-700 underline">{t('page.uses')}</Link>
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
