import { createHash, randomBytes } from 'node:crypto';

export const ENROLMENT_LINK_TTL_HOURS = 24;

/**
 * The secret half of a staff enrolment link. Kept free of the database so test support that
 * prepares staff accounts hashes tokens exactly as lib/auth/enrolment-links.ts does.
 */
export function newEnrolmentToken(): string {
  return randomBytes(32).toString('base64url');
}

// 256 random bits: a plain SHA-256 is enough, nobody can guess a token to try against the hash.
export function hashEnrolmentToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The link as mailed and shown to the admin; the route moves the token out of the URL at once. */
export function enrolmentLinkUrl(appUrl: string, token: string): string {
  return new URL(`/staff-enrolment?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/**
 * The token travels from the link into this httpOnly cookie, so it never sits in the address bar,
 * history or a Referer header. Path `/`: signing in is a server action posted to /login that renders
 * the enrolment page in the same request, which must carry the cookie. The page it opens is this one.
 */
export const ENROLMENT_COOKIE = 'medinest.staff-enrolment';
export const ENROLMENT_COOKIE_PATH = '/';
export const ENROLMENT_PAGE = '/account/two-factor';
