'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { permittedAction } from '@/lib/permissions/guard';
import { changeRoleSchema, changeUserRole, resetStaffTwoFactor, setUserDisabled, userIdSchema } from '@/lib/admin/users';
import { requestIp } from '@/lib/audit/request-ip';
import { issueEnrolmentLink } from '@/lib/auth/enrolment-links';

export const changeRoleAction = permittedAction('users.manage', changeRoleSchema, async (input, user) => {
  const result = await changeUserRole(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  const t = await getTranslations('manage.users');
  return { ok: true, message: t('saved.roleChanged', { from: t(`roles.${result.from}`), to: t(`roles.${result.to}`) }) };
});

export const disableUserAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await setUserDisabled(input, true, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: (await getTranslations('manage.users.saved'))('disabled') };
});

export const enableUserAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await setUserDisabled(input, false, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: (await getTranslations('manage.users.saved'))('enabled') };
});

export const resetTwoFactorAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  await resetStaffTwoFactor(input, { id: user.id, role: user.role }, await requestIp());
  revalidatePath('/admin/users');
  return { ok: true, message: (await getTranslations('manage.users.saved'))('twoFactorReset') };
});

/** The link goes to the staff member by email and back to this admin once, to hand over in person. */
export const issueEnrolmentLinkAction = permittedAction('users.manage', userIdSchema, async (input, user) => {
  const link = await issueEnrolmentLink({ kind: 'admin', user }, input.userId, await requestIp());
  revalidatePath('/admin/users');
  const t = await getTranslations('manage.users.saved');
  return { ok: true, message: t('linkEmailed', { email: link.email }), data: { url: link.url, expiresAt: link.expiresAt.toISOString() } };
});
