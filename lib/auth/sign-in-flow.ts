import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { recordAudit } from '@/lib/audit/record';
import { mergeGuestCartAtSignIn } from '@/lib/cart/current-cart';
import { isStaff } from '@/lib/permissions/matrix';
import { authDeps } from './auth-deps';
import { getCurrentSession } from './current-user';
import { safeNextPath } from './current-path';
import { signIn, signOut } from './next-auth';
import { auditSignIn, checkPassword } from './sign-in';
import { endSession, startSession } from './sessions/store';
import { signTicket, verifyTicket } from './ticket';
import { verifySecondFactor } from './two-factor';
import { loadActiveUser, type CurrentUser } from './user-record';

const CHALLENGE_COOKIE = 'medinest.two-factor-challenge';
const CHALLENGE_TTL_SECONDS = 5 * 60;
const SIGN_IN_TICKET_TTL_MS = 60_000;
const secureCookies = () => env.APP_URL.startsWith('https://');

/**
 * Step one. A correct password opens a session only for accounts without two-factor; otherwise it
 * earns a five-minute challenge cookie and the code page. Throws RateLimitedError or
 * InvalidCredentialsError (the caller shows their messages).
 */
export async function signInWithPassword(input: { email: string; password: string; next?: string }, ip: string | null): Promise<never> {
  const { user, twoFactorRequired } = await checkPassword({ email: input.email, password: input.password, ip });
  const next = safeNextPath(input.next);
  if (twoFactorRequired) {
    const challenge = signTicket(env.AUTH_SECRET, {
      purpose: 'two-factor-challenge',
      userId: user.id,
      twoFactorVerified: false,
      expiresAt: Date.now() + CHALLENGE_TTL_SECONDS * 1000,
    });
    (await cookies()).set(CHALLENGE_COOKIE, challenge, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies(),
      path: '/',
      maxAge: CHALLENGE_TTL_SECONDS,
    });
    redirect(`/login/two-factor?next=${encodeURIComponent(next)}`);
  }
  return openSession(user, false, landingPath(user, next, false), ip);
}

/** The user id waiting at the code page, or null when there is no valid challenge. */
export async function pendingChallengeUserId(): Promise<string | null> {
  const token = (await cookies()).get(CHALLENGE_COOKIE)?.value;
  return verifyTicket(env.AUTH_SECRET, token, 'two-factor-challenge')?.userId ?? null;
}

/** Step two: a TOTP or recovery code for the challenged user opens a two-factor session. */
export async function completeTwoFactorSignIn(code: string, next: string | undefined, ip: string | null): Promise<never> {
  const userId = await pendingChallengeUserId();
  if (!userId) redirect('/login?expired=1');
  const { method } = await verifySecondFactor(userId, code, ip);
  const user = await loadActiveUser(authDeps().db, userId);
  if (!user) redirect('/login?expired=1');
  (await cookies()).delete(CHALLENGE_COOKIE);
  await auditSignIn(authDeps(), user, ip, method);
  return openSession(user, true, landingPath(user, safeNextPath(next), true), ip);
}

/**
 * Re-issues the session after enrolment without redirecting (the page still has to show the
 * recovery codes): the user just proved they hold the new secret.
 */
export async function upgradeSessionAfterEnrolment(user: Pick<CurrentUser, 'id' | 'role'>, ip: string | null): Promise<void> {
  await signIn('credentials', { ticket: await replaceSession(user, true, ip), redirect: false });
}

/** Issues this browser a new session (after a password change, which ended every session). */
export async function refreshSession(user: Pick<CurrentUser, 'id' | 'role'>, twoFactorVerified: boolean, ip: string | null): Promise<void> {
  await signIn('credentials', { ticket: await replaceSession(user, twoFactorVerified, ip), redirect: false });
}

/** Re-issues this session as two-factor verified, for a user who just entered a valid code. */
export async function upgradeSession(user: Pick<CurrentUser, 'id' | 'role'>, ip: string | null): Promise<never> {
  return openSession(user, true, isStaff(user.role) ? '/admin' : '/account', ip);
}

/** Ends this browser's session record, so a copy of the cookie opens nothing either. */
export async function signOutCurrentUser(ip: string | null): Promise<never> {
  const { user, sessionId } = await getCurrentSession();
  if (sessionId) await endSession(authDeps().db, sessionId, 'signed_out');
  if (user) await recordAudit(authDeps().db, { actorId: user.id, actorRole: user.role, action: 'auth.sign_out', entityType: 'user', entityId: user.id, ip });
  await signOut({ redirectTo: '/' });
  redirect('/');
}

async function openSession(user: Pick<CurrentUser, 'id' | 'role'>, twoFactorVerified: boolean, redirectTo: string, ip: string | null): Promise<never> {
  // The guest cart joins the account's cart (lib/cart); never blocks the sign-in.
  await mergeGuestCartAtSignIn(user.id);
  await signIn('credentials', { ticket: await replaceSession(user, twoFactorVerified, ip), redirectTo });
  // signIn redirects; this line only satisfies the type checker.
  redirect(redirectTo);
}

// A new record for every sign-in or upgrade (no session fixation); the browser's old one ends.
async function replaceSession(user: Pick<CurrentUser, 'id' | 'role'>, twoFactorVerified: boolean, ip: string | null): Promise<string> {
  const { db } = authDeps();
  const previous = (await getCurrentSession()).sessionId;
  if (previous) await endSession(db, previous, 'replaced');
  const userAgent = (await headers()).get('user-agent');
  const { token } = await startSession(db, { userId: user.id, role: user.role, twoFactorVerified, ip, userAgent });
  return mintSignInTicket(user.id, twoFactorVerified, token);
}

function mintSignInTicket(userId: string, twoFactorVerified: boolean, sessionToken: string): string {
  return signTicket(env.AUTH_SECRET, { purpose: 'sign-in', userId, twoFactorVerified, sessionToken, expiresAt: Date.now() + SIGN_IN_TICKET_TTL_MS });
}

// Staff without a verified second factor go straight to enrolment: a redirect from /admin inside
// the sign-in action's own redirect leaves the browser showing the wrong URL.
function landingPath(user: Pick<CurrentUser, 'role'>, next: string, twoFactorVerified: boolean): string {
  const staff = isStaff(user.role);
  if (staff && !twoFactorVerified && (next === '/' || next.startsWith('/admin'))) return '/account/two-factor';
  if (next !== '/') return next;
  return staff ? '/admin' : '/account';
}
