import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import { currentPath, loginUrl } from './current-path';
import { decideStaffAccess, type StaffRole } from './roles';
import { getSessionClaims } from './session';
import { passwordFingerprint } from './session-token';
import { loadActiveUser, type CurrentUser } from './user-record';

export type { CurrentUser } from './user-record';
export { canAccess } from './roles';

/**
 * The signed-in user, re-read from the database on every request (cached for the rest of it), so
 * a disabled account or a changed role takes effect on the next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  return loadActiveUser(db, claims.userId, { passwordFingerprint: claims.passwordFingerprint, fingerprintOf: passwordFingerprint });
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(await currentPath()));
  return user;
}

/** Staff gate for pages: anonymous → sign in, wrong role → 403, no two-factor → enrol first. */
export async function requireRole(role: StaffRole): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const claims = await getSessionClaims();
  const decision = decideStaffAccess(user, claims?.twoFactorVerified === true, role);
  if (decision === 'sign-in' || !user) redirect(loginUrl(await currentPath()));
  if (decision === 'forbidden') forbidden();
  if (decision === 'enrol-two-factor') redirect('/account/two-factor');
  return user;
}
