import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { auditChoices, auditFilterSchema, listAudit } from '@/lib/admin/audit';
import { firstValue } from '@/lib/admin/url-filters';
import { formattersFor } from '@/lib/i18n/format';
import { requirePermission } from '@/lib/permissions/guard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.audit'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit.view');
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.keys(auditFilterSchema.shape).map((k) => [k, firstValue(raw[k])])));
  const [{ rows, total, page, pageCount }, choices, t, roles, locale] = await Promise.all([listAudit(filter), auditChoices(), getTranslations('manage.audit'), getTranslations('manage.users.roles'), getLocale()]);
  const f = formattersFor(locale);
  const { page: _page, ...rest } = filter;
  const href = (p: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined) as [string, string][]), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <FilterForm label={t('filterLabel')} submitLabel={t('filter')} clearHref="/admin/audit">
        <FilterText label={t('actor')} name="actor" defaultValue={filter.actor ?? ''} placeholder={t('actorPlaceholder')} />
        <FilterSelect label={t('action')} name="action" defaultValue={filter.action ?? ''} anyLabel={t('any')} options={choices.actions.map((a) => [a, a] as const)} />
        <FilterSelect label={t('entity')} name="entityType" defaultValue={filter.entityType ?? ''} anyLabel={t('any')} options={choices.entityTypes.map((e) => [e, e] as const)} />
        <FilterText label={t('entityId')} name="entityId" defaultValue={filter.entityId ?? ''} />
        <FilterDay label={t('from')} name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label={t('to')} name="to" typed={firstValue(raw.to)} day={filter.to} />
      </FilterForm>
      <ResultCount count={total} singular={t('one')} plural={t('other')} />
      <DataTable columns={[t('columns.when'), t('columns.actor'), t('columns.action'), t('columns.entity'), t('columns.ip'), t('columns.details')]}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
            <td className="whitespace-nowrap px-3 py-2">{f.dateTime(r.at)}</td>
            <td className="px-3 py-2">{r.actorEmail ? t('actorWithRole', { name: r.actorName ?? '', role: r.actorRole ? roles(r.actorRole) : '' }) : t('system')}<span className="block text-xs text-slate-500">{r.actorEmail}</span></td>
            <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
            <td className="px-3 py-2 text-xs">{r.entityType ? `${r.entityType} ${r.entityId ?? ''}` : ''}</td>
            <td className="px-3 py-2 text-xs">{r.ip ?? ''}</td>
            <td className="max-w-md break-words px-3 py-2 font-mono text-xs">{r.details ? JSON.stringify(r.details) : ''}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
