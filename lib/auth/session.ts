import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { readSessionClaims, type SessionClaims } from './session-token';

export type { SessionClaims } from './session-token';

/**
 * What the session cookie says, once per request. Never trusted for role: see current-user.ts.
 * Read through cookies(), not headers(): after an action re-issues the session, the re-render must
 * see the new cookie.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const jar = await cookies();
  const cookieHeader = jar
    .getAll()
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  return readSessionClaims(new Headers({ cookie: cookieHeader }));
});
