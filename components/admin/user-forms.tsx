'use client';

import { ActionForm, Hidden, SelectField, type FormAction } from '@/components/ui/form';

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
