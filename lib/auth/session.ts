import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { readSessionClaims, type SessionClaims } from './session-token';

export type { SessionClaims } from './session-token';

/**
 * What the session says, once per request, through next-auth's auth(). Never trusted for role:
 * see current-user.ts. The cookies come from cookies(), not headers(): after an action re-issues
 * the session, the re-render must see the new cookie.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const jar = await cookies();
  const requestHeaders = new Headers(await headers());
  requestHeaders.set('cookie', jar.getAll().map((c) => `${c.name}=${c.value}`).join('; '));
  return readSessionClaims(requestHeaders);
});
