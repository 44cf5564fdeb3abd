import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError } from '@/lib/errors';
import { messageLocale, type MessageLocale } from '@/lib/notifications/locale';
import { assertNotLocked, clearFailures, recordFailure, SIGN_IN_LIMIT } from '../attempt-limits';
import { authDeps, type AuthDeps } from '../auth-deps';
import { hashPassword, verifyPassword } from '../password';
import { endUserSessions } from '../sessions/store';
import type { CurrentUser } from '../user-record';

/** A new mobile number is unproven again: order SMS stop and cash on delivery waits for a new code. */
export async function updateProfile(user: Pick<CurrentUser, 'id'>, input: { name: string; phone: string }, deps: AuthDeps = authDeps()): Promise<void> {
  await deps.db
    .update(users)
    .set({ name: input.name, phone: input.phone, phoneVerifiedAt: sql`case when ${users.phone} is distinct from ${input.phone} then null else ${users.phoneVerifiedAt} end`, updatedAt: deps.now() })
    .where(eq(users.id, user.id));
}

/** Language and channels of order updates (lib/notifications/notify-shopper.ts reads them). */
export async function updateMessagePreferences(
  user: Pick<CurrentUser, 'id'>,
  input: { locale: MessageLocale; orderUpdatesByEmail: boolean; orderUpdatesBySms: boolean },
  deps: AuthDeps = authDeps(),
): Promise<void> {
  await deps.db.update(users).set({ ...input, updatedAt: deps.now() }).where(eq(users.id, user.id));
}

export async function messagePreferences(userId: string, deps: Pick<AuthDeps, 'db'> = authDeps()) {
  const [row] = await deps.db
    .select({ locale: users.locale, orderUpdatesByEmail: users.orderUpdatesByEmail, orderUpdatesBySms: users.orderUpdatesBySms, phone: users.phone, phoneVerifiedAt: users.phoneVerifiedAt })
    .from(users)
    .where(eq(users.id, userId));
  return row ? { ...row, locale: messageLocale(row), phoneVerified: Boolean(row.phone && row.phoneVerifiedAt) } : null;
}

/**
 * Changes the password after checking the current one. Wrong current passwords lock this form for
 * the user, so a borrowed session cannot be used to guess it; sign-in itself is never locked by it.
 * Every session ends with the change (the caller opens a new one for this browser).
 */
export async function changePassword(
  user: Pick<CurrentUser, 'id' | 'role' | 'email'>,
  input: { currentPassword: string; password: string },
  ip: string | null,
  deps: AuthDeps = authDeps(),
): Promise<void> {
  const scope = [`password-change:user:${user.id}`];
  await assertNotLocked(deps.store, scope, deps.now().getTime());
  const [row] = await deps.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailure(deps.store, scope, SIGN_IN_LIMIT, deps.now().getTime());
    throw new DomainError('Please correct the highlighted fields', { currentPassword: ['Current password is incorrect'] });
  }
  if (input.currentPassword === input.password) {
    throw new DomainError('Please correct the highlighted fields', { password: ['Choose a password different from your current one'] });
  }
  await clearFailures(deps.store, scope);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: deps.now() }).where(eq(users.id, user.id));
    await endUserSessions(tx, user.id, 'password_changed', { now: deps.now() });
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.password_changed', entityType: 'user', entityId: user.id, ip });
  });
}
