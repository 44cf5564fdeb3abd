import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { rateLimit } from '@/lib/kv/rate-limit';
import { assertWithinRate, ipLimitKey } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { InvalidResetTokenError } from './errors';
import { hashPassword } from './password';
import { endUserSessions } from './sessions/store';

export const RESET_TOKEN_TTL_MINUTES = 30;
export const RESET_REQUESTS_PER_IP = { limit: 5, windowSeconds: 15 * 60 };
// Per address: stops anyone flooding one inbox, silently, so it reveals nothing.
const RESET_EMAILS_PER_ACCOUNT = { limit: 3, windowSeconds: 60 * 60 };

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Emails a single-use reset link when the address belongs to an active account. The caller shows
 * the same answer whether or not it does; only the per-IP limit is ever visible.
 */
export async function requestPasswordReset(emailInput: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<void> {
  await assertWithinRate(deps.store, `password-reset:ip:${ipLimitKey(ip)}`, RESET_REQUESTS_PER_IP);
  const email = emailInput.trim().toLowerCase();
  const [user] = await deps.db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (!user || user.disabledAt) return;
  if (!(await rateLimit(deps.store, `password-reset:account:${email}`, RESET_EMAILS_PER_ACCOUNT)).allowed) return;

  const token = randomBytes(32).toString('base64url');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000),
    });
    await enqueueNotification(tx, {
      userId: user.id,
      toEmail: user.email,
      template: 'password-reset',
      payload: { name: user.name, resetUrl: `${deps.appUrl}/reset-password/open?token=${token}`, expiresInMinutes: RESET_TOKEN_TTL_MINUTES },
    });
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id, ip });
  });
}

/** True while the token is unused and unexpired; lets the page say so before the form is filled. */
export async function isResetTokenUsable(token: string, deps: AuthDeps = authDeps()): Promise<boolean> {
  const [row] = await deps.db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashResetToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, deps.now())))
    .limit(1);
  return Boolean(row);
}

/**
 * Sets a new password with a token. Claiming the token (`used_at`) and changing the password
 * commit together, every other outstanding token for the user is spent with it, and every
 * session ends (whoever knew the old password may be signed in somewhere).
 */
export async function resetPassword(token: string, newPassword: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, hashResetToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) throw new InvalidResetTokenError();
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(users.id, claimed.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, role: users.role });
    if (!user) throw new InvalidResetTokenError();
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await endUserSessions(tx, user.id, 'password_reset', { now });
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.password_reset', entityType: 'user', entityId: user.id, ip });
  });
}
