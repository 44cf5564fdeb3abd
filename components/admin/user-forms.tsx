'use client';

import { Alert } from '@/components/ui/alert';
import { ActionForm, Hidden, SelectField, type FormAction } from '@/components/ui/form';
import { formatDateTime } from '@/lib/nepal-time';

const ROLES = [
  { value: 'customer', label: 'customer' },
  { value: 'pharmacist', label: 'pharmacist' },
  { value: 'admin', label: 'admin' },
];
const ROLE_POWERS: Record<string, string> = {
  customer: 'They lose any back-office access on their next request.',
  pharmacist: 'They can review prescriptions, fulfil orders and manage stock from their next request, once two-factor is set up.',
  admin: 'They get every power in the back office, users and roles included, from their next request, once two-factor is set up.',
};

/** The role is read from the select when the button is pressed, so the dialog names the change. */
export function RoleForm({ userId, email, role, action }: { userId: string; email: string; role: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Change role"
      className="flex flex-wrap items-center gap-2"
      testId="role-form"
      confirm={(form) => {
        const next = String(new FormData(form).get('role'));
        return { title: `Make ${email} ${next === 'admin' ? 'an' : 'a'} ${next}?`, description: ROLE_POWERS[next] ?? '', confirmLabel: 'Change role' };
      }}
    >
      <Hidden name="userId" value={userId} />
      <SelectField name="role" label="Role" hideLabel options={ROLES} defaultValue={role} />
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
  return (
    <UserButton
      userId={userId}
      label="Disable"
      action={action}
      confirm={{
        title: `Disable ${email}?`,
        description: 'Their sessions end on their next request and they cannot sign in until an administrator enables the account again.',
        confirmLabel: 'Disable account',
      }}
    />
  );
}

export function EnableUserButton({ userId, action }: { userId: string; action: FormAction }) {
  return <UserButton userId={userId} label="Enable" action={action} />;
}

export function ResetTwoFactorButton({ userId, email, action }: { userId: string; email: string; action: FormAction }) {
  return (
    <UserButton
      userId={userId}
      label="Reset two-factor"
      action={action}
      confirm={{
        title: `Reset two-factor for ${email}?`,
        description: 'Their authenticator app and recovery codes stop working; they must enrol again before they can open the back office.',
        confirmLabel: 'Reset two-factor',
      }}
    />
  );
}

/**
 * A staff member without two-factor enrols only through a one-time link. After issuing, the link is
 * shown here this once (it is also emailed) so the admin can hand it over; reloading hides it.
 */
export function IssueEnrolmentLinkButton({ userId, email, action }: { userId: string; email: string; action: FormAction }) {
  return (
    <ActionForm
      action={action}
      density="compact"
      submitLabel="Issue enrolment link"
      className="mt-1 flex flex-wrap items-center gap-2"
      testId="issue-enrolment-link"
      confirm={{
        title: `Issue an enrolment link to ${email}?`,
        description: 'Whoever opens the link while signed in as this user can set up their two-factor authentication, once, within 24 hours. Any earlier link of theirs stops working. It is emailed to them and shown to you once.',
        confirmLabel: 'Issue link',
      }}
      onSuccess={(state) => {
        const data = state.data as { url: string; expiresAt: string };
        return (
          <div className="mt-1 space-y-1" data-testid="enrolment-link">
            <Alert tone="success">{state.message}</Alert>
            <label className="block text-xs text-slate-600">
              Shown once: hand it only to {email}. Works until {formatDateTime(new Date(data.expiresAt))}.
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
