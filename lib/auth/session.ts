import 'server-only';
import { cache } from 'react';
import { auth } from './next-auth';

export type SessionClaims = { userId: string; twoFactorVerified: boolean };

/** What the session cookie says, once per request. Never trusted for role: see current-user.ts. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, twoFactorVerified: session.twoFactorVerified === true };
});
