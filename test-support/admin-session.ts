import { randomBytes } from 'node:crypto';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { SessionClaims } from '@/lib/auth/session';

/**
 * For back-office tests that call server actions, pages and route handlers directly. The session
 * is the one thing a test cannot make without a browser, so test files mock lib/auth/session with
 * `getSessionClaims: () => signedIn.claims` (see permissions.test.ts); everything after it —
 * loading the user from the database, the role and two-factor gates — is the real code.
 */
export const signedIn: { claims: SessionClaims | null } = { claims: null };

export function signInAs(user: { id: string } | null, twoFactorVerified = true): void {
  signedIn.claims = user ? { userId: user.id, twoFactorVerified } : null;
}

let passwordHash: Promise<string> | undefined;

/** A user of the given role; staff have two-factor enrolled so the gate lets them through. */
export async function makeUser(role: 'customer' | 'pharmacist' | 'admin', options: { twoFactor?: boolean } = {}) {
  const hash = await (passwordHash ??= hashPassword('a long test passphrase 42'));
  const tag = randomBytes(4).toString('hex');
  const [row] = await db
    .insert(users)
    .values({
      email: `${role}-${tag}@example.test`,
      name: `${role[0]!.toUpperCase()}${role.slice(1)} ${tag}`,
      passwordHash: hash,
      role,
      totpEnabledAt: (options.twoFactor ?? role !== 'customer') ? new Date() : null,
      totpSecretEncrypted: (options.twoFactor ?? role !== 'customer') ? 'v1.test.test.test' : null,
    })
    .returning({ id: users.id, email: users.email, role: users.role });
  return row!;
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
