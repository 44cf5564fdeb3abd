import 'server-only';
import { getCurrentUser, type CurrentUser } from './current-user';
import { decideStaffAccess, type AccessDecision, type StaffRole } from './roles';
import { getSessionClaims } from './session';

/** For route handlers that need staff: the decision lets the handler answer 401 or 403. */
export async function getStaffRouteUser(role: StaffRole): Promise<{ decision: AccessDecision; user: CurrentUser | null }> {
  const user = await getCurrentUser();
  const claims = await getSessionClaims();
  return { decision: decideStaffAccess(user, claims?.twoFactorVerified === true, role), user };
}
