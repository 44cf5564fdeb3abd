import 'server-only';
import { getCurrentUser, type CurrentUser } from './current-user';

export { getStaffRouteUser } from './staff-route-user';

/**
 * For route handlers: the signed-in, active user or null. Route handlers answer 401/403 themselves
 * rather than redirecting; for staff routes use getStaffRouteUser, which also checks two-factor.
 */
export async function getRouteUser(): Promise<CurrentUser | null> {
  return getCurrentUser();
}
