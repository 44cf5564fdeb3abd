import type { Metadata } from 'next';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterDay, FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { auditChoices, auditFilterSchema, listAudit } from '@/lib/admin/audit';
import { firstValue } from '@/lib/admin/url-filters';
import { requirePermission } from '@/lib/permissions/guard';
import { formatDateTime } from '@/lib/nepal-time';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit.view');
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.keys(auditFilterSchema.shape).map((k) => [k, firstValue(raw[k])])));
  const [{ rows, total, page, pageCount }, choices] = await Promise.all([listAudit(filter), auditChoices()]);
  const { page: _page, ...rest } = filter;
  const href = (p: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined) as [string, string][]), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <FilterForm label="Filter audit log" submitLabel="Filter" clearHref="/admin/audit">
        <FilterText label="Actor" name="actor" defaultValue={filter.actor ?? ''} placeholder="email or name" />
        <FilterSelect label="Action" name="action" defaultValue={filter.action ?? ''} anyLabel="Any" options={choices.actions.map((a) => [a, a] as const)} />
        <FilterSelect label="Entity" name="entityType" defaultValue={filter.entityType ?? ''} anyLabel="Any" options={choices.entityTypes.map((e) => [e, e] as const)} />
        <FilterText label="Entity id" name="entityId" defaultValue={filter.entityId ?? ''} />
        <FilterDay label="From" name="from" typed={firstValue(raw.from)} day={filter.from} />
        <FilterDay label="To" name="to" typed={firstValue(raw.to)} day={filter.to} />
      </FilterForm>
      <ResultCount count={total} singular="entry" plural="entries" />
      <DataTable columns={['When', 'Actor', 'Action', 'Entity', 'IP', 'Details']}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
            <td className="px-3 py-2">{r.actorEmail ? `${r.actorName} (${r.actorRole})` : 'system'}<span className="block text-xs text-slate-500">{r.actorEmail}</span></td>
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
