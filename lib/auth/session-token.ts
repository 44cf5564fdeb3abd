import 'server-only';
import { createHmac } from 'node:crypto';
import { getToken } from 'next-auth/jwt';
import { env } from '@/lib/env';

export type SessionClaims = { userId: string; twoFactorVerified: boolean; passwordFingerprint?: string };

/**
 * Reads our claims straight from the encrypted session JWT (server side only; nothing here is in
 * /api/auth/session). Used by pages (through session.ts) and by proxy.ts.
 */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  const req = { headers };
  // The cookie carries the __Secure- prefix when the site is served over https.
  const token =
    (await getToken({ req, secret: env.AUTH_SECRET, secureCookie: true })) ?? (await getToken({ req, secret: env.AUTH_SECRET, secureCookie: false }));
  if (!token?.sub) return null;
  return {
    userId: token.sub,
    twoFactorVerified: token.twoFactorVerified === true,
    passwordFingerprint: typeof token.passwordFingerprint === 'string' ? token.passwordFingerprint : undefined,
  };
}

/**
 * A keyed digest of the password hash, carried in the session. When the password changes (or is
 * reset) the digest no longer matches and every older session ends; the hash itself never leaves
 * the server.
 */
export function passwordFingerprint(passwordHash: string, secret: string = env.AUTH_SECRET): string {
  return createHmac('sha256', `medinest-session:${secret}`).update(passwordHash).digest('base64url').slice(0, 22);
}
