import 'server-only';
import { getToken } from 'next-auth/jwt';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { loadActiveUser, type CurrentUser } from './user-record';

/**
 * The session as proxy.ts sees it: the JWT from the cookie, and the user re-read from the
 * database (a disabled user or a changed role counts at once, here as in the pages).
 */
export async function proxySession(request: Request): Promise<{ user: CurrentUser | null; twoFactorVerified: boolean }> {
  // The cookie carries the __Secure- prefix when the site is served over https.
  const token =
    (await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie: true })) ??
    (await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie: false }));
  if (!token?.sub) return { user: null, twoFactorVerified: false };
  return { user: await loadActiveUser(db, token.sub), twoFactorVerified: token.twoFactorVerified === true };
}
