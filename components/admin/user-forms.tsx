'use client';

import type { ActionResult } from '@/lib/auth/action-result';
import { AdminActionForm } from './action-form';

type Action = (state: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

export function RoleForm({ userId, role, action }: { userId: string; role: string; action: Action }) {
  return (
    <AdminActionForm action={action} submitLabel="Change role" className="flex flex-wrap items-center gap-2" testId="role-form">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label="Role" className="rounded border border-slate-300 px-1 py-0.5 text-sm">
        <option value="customer">customer</option>
        <option value="pharmacist">pharmacist</option>
        <option value="admin">admin</option>
      </select>
    </AdminActionForm>
  );
}

export function UserButton({ userId, label, action, danger }: { userId: string; label: string; action: Action; danger?: boolean }) {
  return (
    <AdminActionForm action={action} submitLabel={label} danger={danger} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
    </AdminActionForm>
  );
}
