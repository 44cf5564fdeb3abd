import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, ResultCount } from '@/components/admin/data-table';
import { FilterForm, FilterSelect, FilterText } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { DisableUserButton, EnableUserButton, IssueEnrolmentLinkButton, ResetTwoFactorButton, RoleForm } from '@/components/admin/user-forms';
import { searchUsers, userSearchSchema } from '@/lib/admin/users';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { requirePermission } from '@/lib/permissions/guard';
import { isStaff } from '@/lib/permissions/matrix';
import { changeRoleAction, disableUserAction, enableUserAction, issueEnrolmentLinkAction, resetTwoFactorAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage.users.page'))('title') };
}

const ROLES = ['all', 'customer', 'pharmacist', 'admin'] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const me = await requirePermission('users.manage');
  const raw = await searchParams;
  const search = userSearchSchema.parse({ q: raw.q ?? '', role: raw.role ?? 'all', page: raw.page ?? 1 });
  const [{ rows, total, page, pageCount }, t, locale] = await Promise.all([searchUsers(search), getTranslations('manage.users'), getLocale()]);
  const f = formattersFor(locale);
  const href = (p: number) => `/admin/users?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), role: search.role, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('page.title')}</h1>
      <p className="text-sm text-slate-600">{t('page.intro')}</p>
      <FilterForm label={t('page.searchLabel')} submitLabel={t('page.search')}>
        <FilterText label={t('page.search')} name="q" defaultValue={search.q} placeholder={t('page.searchPlaceholder')} />
        <FilterSelect label={t('page.role')} name="role" defaultValue={search.role} options={ROLES.map((role) => [role, t(`page.roleOptions.${role}`)] as const)} />
      </FilterForm>
      <ResultCount count={total} singular={t('page.one')} plural={t('page.other')} />
      <DataTable columns={[t('page.columns.user'), t('page.columns.role'), t('page.columns.twoFactor'), t('page.columns.account'), t('page.columns.history')]}>
        {rows.map((u) => (
          <tr key={u.id} className="border-t border-slate-100 align-top" data-testid="user-row" data-email={u.email}>
            <td className="px-3 py-2">
              {u.name}
              <span className="block text-xs text-slate-500">{u.email}{u.phone ? ` · ${u.phone}` : ''} · {t('page.since', { date: f.date(u.createdAt) })}</span>
            </td>
            <td className="px-3 py-2">{u.id === me.id ? <span data-testid="role">{t('page.you', { role: t(`roles.${u.role}`) })}</span> : <RoleForm userId={u.id} email={u.email} role={u.role} action={changeRoleAction} />}</td>
            <td className="px-3 py-2">
              {!isStaff(u.role) ? '—' : u.twoFactorEnabled ? (
                <>
                  {t('page.twoFactorOn')}
                  {u.id !== me.id ? <ResetTwoFactorButton userId={u.id} email={u.email} action={resetTwoFactorAction} /> : null}
                </>
              ) : (
                <>
                  <span className="text-amber-800">{t('page.twoFactorMissing')}</span>
                  {u.id !== me.id && !u.disabled ? <IssueEnrolmentLinkButton userId={u.id} email={u.email} action={issueEnrolmentLinkAction} /> : null}
                </>
              )}
            </td>
            <td className="px-3 py-2">
              {u.disabled ? <span className="text-red-700">{t('page.disabled')}</span> : t('page.active')}
              {u.id !== me.id ? (u.disabled ? <EnableUserButton userId={u.id} action={enableUserAction} /> : <DisableUserButton userId={u.id} email={u.email} action={disableUserAction} />) : null}
            </td>
            <td className="px-3 py-2"><Link href={`/admin/audit?entityType=user&entityId=${u.id}`} className="text-brand-700 underline">{t('page.audit')}</Link></td>
          </tr>
        ))}
      </DataTable>
      <Pager page={page} pageCount={pageCount} hrefFor={href} />
    </div>
  );
}
