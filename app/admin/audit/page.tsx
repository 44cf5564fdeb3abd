import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateTime } from '@/components/admin/format';
import { Pager } from '@/components/admin/pager';
import { auditChoices, auditFilterSchema, listAudit } from '@/lib/admin/audit';
import { requirePermission } from '@/lib/admin/guard';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = 'mt-1 block rounded border border-slate-300 px-2 py-1';
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit.view');
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.keys(auditFilterSchema.shape).map((k) => [k, first(raw[k])])));
  const [{ rows, total, page, pageCount }, choices] = await Promise.all([listAudit(filter), auditChoices()]);
  const { page: _page, ...rest } = filter;
  const href = (p: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined) as [string, string][]), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" aria-label="Filter audit log" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label>Actor<input name="actor" defaultValue={filter.actor ?? ''} placeholder="email or name" className={field} /></label>
        <label>
          Action
          <select name="action" defaultValue={filter.action ?? ''} className={field}>
            <option value="">Any</option>
            {choices.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label>
          Entity
          <select name="entityType" defaultValue={filter.entityType ?? ''} className={field}>
            <option value="">Any</option>
            {choices.entityTypes.map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </label>
        <label>Entity id<input name="entityId" defaultValue={filter.entityId ?? ''} className={field} /></label>
        <label>From<input type="date" name="from" defaultValue={filter.from ?? ''} className={field} /></label>
        <label>To<input type="date" name="to" defaultValue={filter.to ?? ''} className={field} /></label>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">Filter</button>
        <Link href="/admin/audit" className="text-brand-700 underline">Clear</Link>
      </form>
      <p className="text-sm text-slate-600">{total} entr{total === 1 ? 'y' : 'ies'}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr><th className="px-3 py-2">When</th><th className="px-3 py-2">Actor</th><th className="px-3 py-2">Action</th><th className="px-3 py-2">Entity</th><th className="px-3 py-2">IP</th><th className="px-3 py-2">Details</th></tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
