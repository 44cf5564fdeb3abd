import { hkdfSync } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * The API's access token: a JWT (HS256) naming the user and the session record it belongs to,
 * valid 15 minutes. The signature only proves we issued it; every request still looks the session
 * up (lib/api/authenticate.ts), so a sign-out or a disabled account ends it at once.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'medinest';
const AUDIENCE = 'medinest-api';

export type AccessClaims = { userId: string; sessionId: string };

/** Its own key, derived from AUTH_SECRET, so no other signature of ours can pass as an access token. */
export function accessTokenKey(authSecret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', authSecret, 'medinest', 'api access token v1', 32));
}

export async function signAccessToken(key: Uint8Array, claims: AccessClaims, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
}

/** The claims of a valid, unexpired token of ours; null for anything else (forged, expired, `alg: none`). */
export async function verifyAccessToken(key: Uint8Array, token: string, now = new Date()): Promise<AccessClaims | null> {
  if (token.length > 2048) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: 'at+jwt',
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
}
