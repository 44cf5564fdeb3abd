'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ActionForm, Hidden, SelectField, type FormAction } from '@/components/ui/form';
import { formattersFor } from '@/lib/i18n/format';

const ROLES = ['customer', 'pharmacist', 'admin'] as const;
const isRole = (value: string): value is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(value);

/** The role is read from the select when the button is pressed, so the dialog names the change. */
export function RoleForm({ userId, email, role, action }: { userId: string; email: string; role: string; action: FormAction }) {
  const t = useTranslations('manage.users');
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('forms.changeRole')}
      className="flex flex-wrap items-center gap-2"
      testId="role-form"
      confirm={(form) => {
        const next = String(new FormData(form).get('role'));
        if (!isRole(next)) return { title: t('forms.changeRole'), description: '', confirmLabel: t('forms.changeRole') };
        return { title: t(`forms.makeRole.${next}`, { email }), description: t(`forms.rolePowers.${next}`), confirmLabel: t('forms.changeRole') };
      }}
    >
      <Hidden name="userId" value={userId} />
      <SelectField name="role" label={t('page.role')} hideLabel options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} defaultValue={role} />
    </ActionForm>
  );
}

function UserButton({ userId, label, action, confirm }: { userId: string; label: string; action: FormAction; confirm?: { title: string; description: string; confirmLabel: string } }) {
  return (
    <ActionForm action={action} density="compact" submitLabel={label} tone={confirm ? 'danger' : 'primary'} className="flex flex-wrap items-center gap-2" confirm={confirm}>
      <Hidden name="userId" value={userId} />
    </ActionForm>
  );
}

export function DisableUserButton({ userId, email, action }: { userId: string; email: string; action: FormAction }) {
  const t = useTranslations('manage.users.forms');
  return (
    <UserButton
      userId={userId}
      label={t('disable')}
      action={action}
      confirm={{ title: t('disableTitle', { email }), description: t('disableDescription'), confirmLabel: t('disableConfirm') }}
    />
  );
}

export function EnableUserButton({ userId, action }: { userId: string; action: FormAction }) {
  const t = useTranslations('manage.users.forms');
  return <UserButton userId={userId} label={t('enable')} action={action} />;
}

export function ResetTwoFactorButton({ userId, email, action }: { userId: string; email: string; action: FormAction }) {
  const t = useTranslations('manage.users.forms');
  return (
    <UserButton
      userId={userId}
      label={t('resetTwoFactor')}
      action={action}
      confirm={{ title: t('resetTitle', { email }), description: t('resetDescription'), confirmLabel: t('resetTwoFactor') }}
    />
  );
}

/**
 * A staff member without two-factor enrols only through a one-time link. After issuing, the link is
 * shown here this once (it is also emailed) so the admin can hand it over; reloading hides it.
 */
export function IssueEnrolmentLinkButton({ userId, email, action }: { userId: string; email: string; action: FormAction }) {
  const t = useTranslations('manage.users.forms');
  const f = formattersFor(useLocale());
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel={t('issueLink')}
      className="mt-1 flex flex-wrap items-center gap-2"
      testId="issue-enrolment-link"
      confirm={{ title: t('issueTitle', { email }), description: t('issueDescription'), confirmLabel: t('issueConfirm') }}
      onSuccess={(state) => {
        const data = state.data as { url: string; expiresAt: string };
        return (
          <div className="mt-1 space-y-1" data-testid="enrolment-link">
            <Alert tone="success">{state.message}</Alert>
            <label className="block text-xs text-slate-600">
              {t('shownOnce', { email, until: f.dateTime(new Date(data.expiresAt)) })}
              <input readOnly value={data.url} className="mt-1 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            </label>
          </div>
        );
      }}
    >
      <Hidden name="userId" value={userId} />
    </ActionForm>
  );
}
