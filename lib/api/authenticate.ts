import 'server-only';
import type { Database } from '@/db/client';
import { findLiveSessionById } from '@/lib/auth/sessions/store';
import type { CurrentUser } from '@/lib/auth/user-record';
import { can, isStaff } from '@/lib/permissions/matrix';
import { STAFF_SCOPES, type PartnerScope, type StaffScope } from './contract/scopes';
import { findPartnerKey, type PartnerCaller } from './partner-keys';
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

/** A customer endpoint, or a staff endpoint with the scope it needs. */
export type Audience = { kind: 'customer' } | { kind: 'staff'; scope: StaffScope };

/**
 * Who is calling: a valid access token whose session record is still live (not signed out, not
 * revoked by refresh-token reuse, not expired) and whose user is not disabled, checked on every
 * request. Customer and staff tokens never cross: a staff token works on staff endpoints only, and
 * only when its sign-in passed two-factor and the member's role, read now, holds the scope.
 */
export async function authenticate(db: Database, accessKey: Uint8Array, token: string, audience: Audience): Promise<ApiCaller> {
  const claims = await verifyAccessToken(accessKey, token);
  if (!claims) throw unauthorized('invalid_token', 'The access token is invalid or has expired.');
  const live = await findLiveSessionById(db, claims.sessionId);
  if (!live || live.user.id !== claims.userId) throw unauthorized('invalid_token', 'The access token is invalid or has expired.');
  const staff = isStaff(live.user.role);
  if (audience.kind === 'customer') {
    if (staff) throw new ApiProblem('forbidden', 'A staff token works on the /staff endpoints only.');
  } else {
    if (!staff) throw new ApiProblem('forbidden', 'This operation is for pharmacy staff.');
    if (!live.twoFactorVerified || !live.user.twoFactorEnabled) throw new ApiProblem('forbidden', 'Staff tokens need a sign-in with two-factor authentication.');
    if (!can(live.user.role, STAFF_SCOPES[audience.scope])) throw new ApiProblem('forbidden', `Your role does not hold the ${audience.scope} scope.`);
  }
  return { user: live.user, sessionId: live.sessionId };
}

export function unauthorized(error: 'invalid_token' | null, detail: string): ApiProblem {
  const challenge = error ? `Bearer realm="medinest", error="${error}"` : 'Bearer realm="medinest"';
  return new ApiProblem('unauthorized', detail, { headers: { 'WWW-Authenticate': challenge } });
}

/**
 * A partner API key (lib/api/partner-keys.ts) that is live and holds `scope`. `recordUse` is told of
 * every request a live key makes, allowed or not, before the answer.
 */
export async function authenticatePartner(
  db: Database,
  token: string | null,
  scope: PartnerScope,
  recordUse: (key: PartnerCaller, allowed: boolean) => Promise<void>,
): Promise<PartnerCaller> {
  if (!token) throw unauthorized(null, 'Send a partner API key: Authorization: Bearer mnk_…');
  const key = await findPartnerKey(token, db);
  if (!key) throw unauthorized('invalid_token', 'The API key is invalid or has been revoked.');
  const allowed = key.scopes.includes(scope);
  await recordUse(key, allowed);
  if (!allowed) throw new ApiProblem('forbidden', `This key does not hold the ${scope} scope.`);
  return key;
}
