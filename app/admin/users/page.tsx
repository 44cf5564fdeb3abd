import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/components/admin/format';
import { Pager } from '@/components/admin/pager';
import { RoleForm, UserButton } from '@/components/admin/user-forms';
import { requirePermission } from '@/lib/admin/guard';
import { searchUsers, userSearchSchema } from '@/lib/admin/users';
import { changeRoleAction, disableUserAction, enableUserAction, resetTwoFactorAction } from './actions';

export const metadata: Metadata = { title: 'Users' };

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
      <p className="text-sm text-slate-600">Staff cannot open the back office until they have set up two-factor authentication. Role changes and disabling take effect on the user&rsquo;s next request.</p>
      <form method="get" aria-label="Search users" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label>
          Search
          <input name="q" defaultValue={search.q} placeholder="name, email or phone" className="mt-1 block rounded border border-slate-300 px-2 py-1" />
        </label>
        <label>
          Role
          <select name="role" defaultValue={search.role} className="mt-1 block rounded border border-slate-300 px-2 py-1">
            <option value="all">All</option>
            <option value="customer">Customers</option>
            <option value="pharmacist">Pharmacists</option>
            <option value="admin">Admins</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white">Search</button>
      </form>
      <p className="text-sm text-slate-600">{total} user{total === 1 ? '' : 's'}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr><th className="px-3 py-2">User</th><th className="px-3 py-2">Role</th><th className="px-3 py-2">Two-factor</th><th className="px-3 py-2">Account</th><th className="px-3 py-2">History</th></tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100 align-top" data-testid="user-row" data-email={u.email}>
                <td className="px-3 py-2">
                  {u.name}
                  <span className="block text-xs text-slate-500">{u.email}{u.phone ? ` · ${u.phone}` : ''} · since {formatDate(u.createdAt)}</span>
                </td>
                <td className="px-3 py-2">{u.id === me.id ? <span data-testid="role">{u.role} (you)</span> : <RoleForm userId={u.id} role={u.role} action={changeRoleAction} />}</td>
                <td className="px-3 py-2">
                  {u.role === 'customer' ? '—' : u.twoFactorEnabled ? (
                    <>
                      On
                      {u.id !== me.id ? <UserButton userId={u.id} label="Reset two-factor" action={resetTwoFactorAction} danger /> : null}
                    </>
                  ) : (
                    <span className="text-amber-800">Not set up: cannot work in /admin</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  {u.disabled ? <span className="text-red-700">Disabled</span> : 'Active'}
                  {u.id !== me.id ? (u.disabled ? <UserButton userId={u.id} label="Enable" action={enableUserAction} /> : <UserButton userId={u.id} label="Disable" action={disableUserAction} danger />) : null}
                </td>
                <td className="px-3 py-2"><Link href={`/admin/audit?entityType=user&entityId=${u.id}`} className="text-brand-700 underline">Audit</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
