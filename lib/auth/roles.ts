/** Roles and who may pass which gate. Pure, so it can be tested without a request. */
export type Role = 'customer' | 'pharmacist' | 'admin';
export type StaffRole = 'pharmacist' | 'admin';

export const STAFF_ROLES: readonly Role[] = ['pharmacist', 'admin'];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Admins can do everything a pharmacist can; customers pass neither gate. */
export function canAccess(user: { role: Role } | null | undefined, required: StaffRole): boolean {
  if (!user) return false;
  if (required === 'admin') return user.role === 'admin';
  return user.role === 'pharmacist' || user.role === 'admin';
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden' | 'enrol-two-factor';

/**
 * The staff gate. A staff member passes only with two-factor enrolled *and* a session that was
 * opened (or upgraded) with a code, so a stolen password alone never opens /admin.
 */
export function decideStaffAccess(
  user: { role: Role; twoFactorEnabled: boolean } | null,
  sessionTwoFactorVerified: boolean,
  required: StaffRole,
): AccessDecision {
  if (!user) return 'sign-in';
  if (!canAccess(user, required)) return 'forbidden';
  if (!user.twoFactorEnabled || !sessionTwoFactorVerified) return 'enrol-two-factor';
  return 'allow';
}
