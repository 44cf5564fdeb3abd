import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { SessionClaims } from '@/lib/auth/session';
import { startSession } from '@/lib/auth/sessions/store';

/**
 * For back-office tests that call server actions, pages and route handlers directly. The session
 * is the one thing a test cannot make without a browser, so test files mock lib/auth/session with
 * `getSessionClaims: () => signedIn.claims` (see permissions.test.ts), with users from
 * factories/users (createStaff); everything after it —
 * loading the user from the database, the role and two-factor gates — is the real code.
 */
export const signedIn: { claims: Promise<SessionClaims | null> | null } = { claims: null };

/** Opens a real session record (lib/auth/sessions) for the user; the mock hands out its token. */
export function signInAs(user: { id: string } | null, twoFactorVerified = true): void {
  signedIn.claims = user ? openSessionFor(user.id, twoFactorVerified) : null;
}

async function openSessionFor(userId: string, twoFactorVerified: boolean): Promise<SessionClaims> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  const { token } = await startSession(db, { userId, role: row!.role, twoFactorVerified, ip: null, userAgent: 'vitest' });
  return { sessionToken: token };
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
