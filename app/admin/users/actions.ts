'use server';

import { revalidatePath } from 'next/cache';
import { permittedAction } from '@/lib/permissions/guard';
import { changeRoleSchema, changeUserRole, resetStaffTwoFactor, setUserDisabled, userIdSchema } from '@/lib/admin/users';
import { requestIp } from '@/lib/audit/request-ip';

export const changeRoleAction = permittedAction('users.manage', changeRoleSchema, async (input, user) => {
  const result = await changeUserRole(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: `Role changed from ${result.from} to ${result.to}.` };
});

export const disableUserAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await setUserDisabled(input, true, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: 'Account disabled; their sessions end on their next request.' };
});

export const enableUserAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await setUserDisabled(input, false, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: 'Account enabled.' };
});

export const resetTwoFactorAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await resetStaffTwoFactor(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: 'Two-factor reset: they must enrol again before /admin opens.' };
});
