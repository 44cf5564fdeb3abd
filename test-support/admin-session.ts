import type { SessionClaims } from '@/lib/auth/session';

/**
 * For back-office tests that call server actions, pages and route handlers directly. The session
 * is the one thing a test cannot make without a browser, so test files mock lib/auth/session with
 * `getSessionClaims: () => signedIn.claims` (see permissions.test.ts), with users from
 * factories/users (createStaff); everything after it —
 * loading the user from the database, the role and two-factor gates — is the real code.
 */
export const signedIn: { claims: SessionClaims | null } = { claims: null };

export function signInAs(user: { id: string } | null, twoFactorVerified = true): void {
  signedIn.claims = user ? { userId: user.id, twoFactorVerified } : null;
}

/** What a page or action threw, if it was one of Next's control-flow errors (redirect, 403). */
export function nextControlFlow(error: unknown): 'forbidden' | 'redirect' | 'not-found' | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string') return null;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403') return 'forbidden';
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404' || digest === 'NEXT_NOT_FOUND') return 'not-found';
  if (digest.startsWith('NEXT_REDIRECT')) return 'redirect';
  return null;
}
