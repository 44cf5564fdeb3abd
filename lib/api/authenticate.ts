import 'server-only';
import type { Database } from '@/db/client';
import { findLiveSessionById } from '@/lib/auth/sessions/store';
import type { CurrentUser } from '@/lib/auth/user-record';
import { isStaff } from '@/lib/permissions/matrix';
import { ApiProblem } from './problem';
import { verifyAccessToken } from './tokens/access-token';

export type ApiCaller = { user: CurrentUser; sessionId: string };

const BEARER = /^Bearer ([A-Za-z0-9_.-]{1,2048})$/;

/** The token in `Authorization: Bearer …`, or null when there is none; a malformed header is a 401. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header === null) return null;
  const match = BEARER.exec(header.trim());
  if (!match) throw unauthorized('invalid_token', 'The Authorization header must be "Bearer <access token>".');
  return match[1]!;
}

/**
 * Who is calling: a valid access token whose session record is still live (not signed out, not
 * revoked by refresh-token reuse, not expired) and whose user is not disabled, checked on every
 * request. Staff are refused: staff endpoints, with scopes and two-factor-verified tokens, are not
 * built yet, and a customer token must never carry staff power.
 */
export async function authenticate(db: Database, accessKey: Uint8Array, token: string): Promise<ApiCaller> {
  const claims = await verifyAccessToken(accessKey, token);
  if (!claims) throw unauthorized('invalid_token', 'The access token is invalid or has expired.');
  const live = await findLiveSessionById(db, claims.sessionId);
  if (!live || live.user.id !== claims.userId) throw unauthorized('invalid_token', 'The access token is invalid or has expired.');
  if (isStaff(live.user.role)) throw new ApiProblem('forbidden', 'Staff accounts cannot use the API yet.');
  return { user: live.user, sessionId: live.sessionId };
}

export function unauthorized(error: 'invalid_token' | null, detail: string): ApiProblem {
  const challenge = error ? `Bearer realm="medinest", error="${error}"` : 'Bearer realm="medinest"';
  return new ApiProblem('unauthorized', detail, { headers: { 'WWW-Authenticate': challenge } });
}
