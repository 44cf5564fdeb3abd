import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import { currentPath, loginUrl } from './current-path';
import { getSessionClaims, type SessionClaims } from './session';
import { passwordFingerprint } from './password-fingerprint';
import { loadActiveUser, type CurrentUser } from './user-record';

export type { CurrentUser } from './user-record';
export type CurrentSession = { user: CurrentUser | null; twoFactorVerified: boolean };

/**
 * The seam between "what the session says" and "who is signed in": the user re-read from the
 * database, so a disabled account, a changed role or a changed password counts on the next request.
 */
export async function sessionUser(claims: SessionClaims | null): Promise<CurrentSession> {
  if (!claims) return { user: null, twoFactorVerified: false };
  const user = await loadActiveUser(db, claims.userId, { passwordFingerprint: claims.passwordFingerprint, fingerprintOf: passwordFingerprint });
  return { user, twoFactorVerified: user !== null && claims.twoFactorVerified };
}

/** This request's session, read once and cached for the rest of it. */
export const getCurrentSession = cache(async (): Promise<CurrentSession> => sessionUser(await getSessionClaims()));

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await getCurrentSession()).user;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(await currentPath()));
  return user;
}
