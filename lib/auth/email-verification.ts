import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { emailVerificationTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { assertWithinRate } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { InvalidVerificationTokenError } from './errors';

/*
 * Email verification. The link carries 256 random bits; only their SHA-256 is stored, with an
 * expiry and a used-at stamp, like password reset tokens. A stored token (rather than an HMAC over
 * the user and a time) is what makes the link single-use and lets a resend or the first use spend
 * every other outstanding link, with no signing key to rotate.
 */
export const VERIFICATION_TOKEN_TTL_HOURS = 24;
// Per account: the "resend" button cannot be used to flood an inbox.
export const VERIFICATION_RESENDS_PER_ACCOUNT = { limit: 3, windowSeconds: 60 * 60 };
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashVerificationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues a link and writes its email to the outbox, in the caller's transaction. */
export async function issueVerificationEmail(
  tx: Transaction,
  user: { id: string; name: string; email: string },
  { appUrl, now }: { appUrl: string; now: Date },
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(emailVerificationTokens).values({
    userId: user.id,
    tokenHash: hashVerificationToken(token),
    expiresAt: new Date(now.getTime() + VERIFICATION_TOKEN_TTL_HOURS * 60 * 60_000),
  });
  await enqueueNotification(tx, {
    userId: user.id,
    toEmail: user.email,
    template: 'verify-email',
    payload: { name: user.name, verifyUrl: `${appUrl}/verify-email?token=${token}`, expiresInHours: VERIFICATION_TOKEN_TTL_HOURS },
  });
}

export async function isEmailVerified(executor: Database | Transaction, userId: string): Promise<boolean> {
  const [row] = await executor.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(row?.verifiedAt);
}

/**
 * The "resend verification email" button: a new link, at most three an hour per account
 * (RateLimitedError past that). Nothing is sent when the address is already confirmed.
 */
export async function resendVerificationEmail(userId: string, deps: AuthDeps = authDeps()): Promise<'sent' | 'already-verified'> {
  const [user] = await deps.db
    .select({ id: users.id, name: users.name, email: users.email, verifiedAt: users.emailVerifiedAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.disabledAt) throw new InvalidVerificationTokenError();
  if (user.verifiedAt) return 'already-verified';
  await assertWithinRate(deps.store, `verify-email:account:${user.id}`, VERIFICATION_RESENDS_PER_ACCOUNT);
  await deps.db.transaction((tx) => issueVerificationEmail(tx, user, { appUrl: deps.appUrl, now: deps.now() }));
  return 'sent';
}

/**
 * Whether a link could still confirm an address, without spending it: the link's page asks for a
 * click first, because mail scanners open every link in an email and must not confirm for the
 * owner of the inbox (someone else may have registered with that address).
 */
export async function isVerificationLinkUsable(token: string, deps: AuthDeps = authDeps()): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const [row] = await deps.db
    .select({ userId: emailVerificationTokens.userId })
    .from(emailVerificationTokens)
    .innerJoin(users, eq(users.id, emailVerificationTokens.userId))
    .where(
      and(
        eq(emailVerificationTokens.tokenHash, hashVerificationToken(token)),
        isNull(emailVerificationTokens.usedAt),
        gt(emailVerificationTokens.expiresAt, deps.now()),
        isNull(users.disabledAt),
        isNull(users.emailVerifiedAt),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * The click on a link's page: claims the token (unused, unexpired) and marks the address verified in one
 * transaction, spends the user's other links, audits it and sends the welcome email.
 * Throws InvalidVerificationTokenError for a forged, reused or expired link.
 */
export async function verifyEmail(token: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<{ userId: string }> {
  if (!TOKEN.test(token)) throw new InvalidVerificationTokenError();
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(emailVerificationTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailVerificationTokens.tokenHash, hashVerificationToken(token)),
          isNull(emailVerificationTokens.usedAt),
          gt(emailVerificationTokens.expiresAt, now),
        ),
      )
      .returning({ userId: emailVerificationTokens.userId });
    if (!claimed) throw new InvalidVerificationTokenError();
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: now, updatedAt: now })
      .where(and(eq(users.id, claimed.userId), isNull(users.disabledAt), isNull(users.emailVerifiedAt)))
      .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
    // Already verified (a second, older link) or disabled: the link is spent and refused all the same.
    if (!user) throw new InvalidVerificationTokenError();
    await tx
      .update(emailVerificationTokens)
      .set({ usedAt: now })
      .where(and(eq(emailVerificationTokens.userId, user.id), isNull(emailVerificationTokens.usedAt)));
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.email_verified', entityType: 'user', entityId: user.id, ip });
    await enqueueNotification(tx, { userId: user.id, toEmail: user.email, template: 'welcome', payload: { name: user.name, shopUrl: `${deps.appUrl}/products` } });
    return { userId: user.id };
  });
}
