import 'server-only';
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { auth } from './next-auth';

export type SessionClaims = { userId: string; twoFactorVerified: boolean; passwordFingerprint?: string };

/**
 * What next-auth's auth() says about the session in these request headers. Called in its API-route
 * form so the caller chooses the cookies (see session.ts); the refreshed cookie it would set goes
 * to a throwaway response, as with auth() in a server component.
 */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  const request = { headers } as unknown as NextApiRequest;
  const discarded = { headers: new Headers() } as unknown as NextApiResponse;
  return claimsOf(await auth(request, discarded));
}

export function claimsOf(session: Session | null): SessionClaims | null {
  const userId = session?.user?.id;
  if (!session || typeof userId !== 'string' || userId === '') return null;
  return {
    userId,
    twoFactorVerified: session.twoFactorVerified === true,
    passwordFingerprint: typeof session.passwordFingerprint === 'string' ? session.passwordFingerprint : undefined,
  };
}
