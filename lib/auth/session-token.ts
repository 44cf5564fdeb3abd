import 'server-only';
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { auth } from './next-auth';

/** All a session cookie says: which server-side session record (lib/auth/sessions) it belongs to. */
export type SessionClaims = { sessionToken: string };

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
  const sessionToken = session?.sid;
  if (!session || typeof sessionToken !== 'string' || sessionToken === '') return null;
  return { sessionToken };
}
