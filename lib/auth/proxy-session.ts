import 'server-only';
import { db } from '@/db/client';
import { passwordFingerprint, readSessionClaims } from './session-token';
import { loadActiveUser, type CurrentUser } from './user-record';

/**
 * The session as proxy.ts sees it: the JWT from the cookie, and the user re-read from the
 * database (a disabled user, a changed role or a changed password counts at once, as in pages).
 */
export async function proxySession(request: Request): Promise<{ user: CurrentUser | null; twoFactorVerified: boolean }> {
  const claims = await readSessionClaims(request.headers);
  if (!claims) return { user: null, twoFactorVerified: false };
  const user = await loadActiveUser(db, claims.userId, { passwordFingerprint: claims.passwordFingerprint, fingerprintOf: passwordFingerprint });
  return { user, twoFactorVerified: claims.twoFactorVerified };
}
