import { isStaff } from '@/lib/permissions/matrix';
import type { Role } from '../roles';

const MINUTE_MS = 60_000;

/** How long a session may live from sign-in, whatever happens. */
export function absoluteLifetimeMs(role: Role): number {
  return isStaff(role) ? 12 * 60 * MINUTE_MS : 30 * 24 * 60 * MINUTE_MS;
}

/** Staff sessions end after this long without a request; shoppers' only at their absolute end. */
export function idleTimeoutMs(role: Role): number | null {
  return isStaff(role) ? 30 * MINUTE_MS : null;
}

// `last seen` is written at most this often, so a busy browser does not write on every request.
export const LAST_SEEN_RESOLUTION_MS = MINUTE_MS;

/** When the session ends if nothing else happens: its absolute end, or sooner when it idles. */
export function effectiveExpiry(role: Role, session: { expiresAt: Date; lastSeenAt: Date }): Date {
  const idle = idleTimeoutMs(role);
  if (idle === null) return session.expiresAt;
  return new Date(Math.min(session.expiresAt.getTime(), session.lastSeenAt.getTime() + idle));
}
