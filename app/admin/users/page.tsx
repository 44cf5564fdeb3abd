import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { DisableUserButton, EnableUserButton, IssueEnrolmentLinkButton, ResetTwoFactorButton, RoleForm } from '@/components/admin/user-forms';
import { searchUsers, userSearchSchema } from '@/lib/admin/users';
import { formatDate } from '@/lib/nepal-time';
import { requirePermission } from '@/lib/permissions/guard';
import { isStaff } from '@/lib/permissions/matrix';
import { changeRoleAction, disableUserAction, enableUserAction, issueEnrolmentLinkAction, resetTwoFactorAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

const ROLE_OPTIONS = [['all', 'All'], ['customer', 'Customers'], ['pharmacist', 'Pharmacists'], ['admin', 'Admins']] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const me = await requirePermission('users.manage');
  const raw = await searchParams;
  const search = userSearchSchema.parse({ q: raw.q ?? '', role: raw.role ?? 'all', page: raw.page ?? 1 });
  const { rows, total, page, pageCount } = await searchUsers(search);
  const href = (p: number) => `/admin/users?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), role: search.role, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="text-sm text-slate-600">Staff cannot open the back office until they have set up two-factor authentication, which takes a one-time enrolment link issued here. Role changes and disabling take effect on the user&rsquo;s next request.</p>
      <FilterForm label="Search users">
        <FilterText label="Search" name="q" defaultValue={search.q} placeholder="name, email or phone" />
        <FilterSelect label="Role" name="role" defaultValue={search.role} options={ROLE_OPTIONS} />
      </FilterForm>
      <ResultCount count={total} singular="user" />
      <DataTable columns={['User', 'Role', 'Two-factor', 'Account', 'History']}>
        {rows.map((u) => (
          <tr key={u.id} className="border-t border-slate-100 align-top" data-testid="user-row" data-email={u.email}>
            <td className="px-3 py-2">
              {u.name}
              <span className="block text-xs text-slate-500">{u.email}{u.phone ? ` · ${u.phone}` : ''} · since {formatDate(u.createdAt)}</span>
            </td>
            <td className="px-3 py-2">{u.id === me.id ? <span data-testid="role">{u.role} (you)</span> : <RoleForm userId={u.id} email={u.email} role={u.role} action={changeRoleAction} />}</td>
            <td className="px-3 py-2">
              {!isStaff(u.role) ? '—' : u.twoFactorEnabled ? (
                <>
                  On
                  {u.id !== me.id ? <ResetTwoFactorButton userId={u.id} email={u.email} action={resetTwoFactorAction} /> : null}
                </>
              ) : (
                <>
                  <span className="text-amber-800">Not set up: cannot work in /admin</span>
                  {u.id !== me.id && !u.disabled ? <IssueEnrolmentLinkButton userId={u.id} email={u.email} action={issueEnrolmentLinkAction} /> : null}
                </>
              )}
            </td>
            <td className="px-3 py-2">
              {u.disabled ? <span className="text-red-700">Disabled</span> : 'Active'}
              {u.id !== me.id ? (u.disabled ? <EnableUserButton userId={u.id} action={enableUserAction} /> : <DisableUserButton userId={u.id} email={u.email} action={disableUserAction} />) : null}
            </td>
            <td className="px-3 py-2"><Link href={`/admin/audit?entityType=user&entityId=${u.id}`} className="text-brand-700 underline">Audit</Link></td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
