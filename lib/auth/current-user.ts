import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/db/client';
import { currentPath, loginUrl } from './current-path';
import { getSessionClaims, type SessionClaims } from './session';
import { findLiveSession } from './sessions/store';
import type { CurrentUser } from './user-record';

export type { CurrentUser } from './user-record';
export type CurrentSession = { user: CurrentUser | null; twoFactorVerified: boolean; sessionId: string | null; expiresAt: Date | null };

const SIGNED_OUT: CurrentSession = { user: null, twoFactorVerified: false, sessionId: null, expiresAt: null };

/**
 * The seam between "what the cookie says" and "who is signed in": the session record and its user
 * read from the database on every request, so a sign-out, a revoke on another instance, a disabled
 * account or a changed role counts on the next request.
 */
export async function sessionUser(claims: SessionClaims | null): Promise<CurrentSession> {
  if (!claims) return SIGNED_OUT;
  const live = await findLiveSession(db, claims.sessionToken);
  if (!live) return SIGNED_OUT;
  return { user: live.user, twoFactorVerified: live.twoFactorVerified, sessionId: live.sessionId, expiresAt: live.expiresAt };
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
