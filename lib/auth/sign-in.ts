import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertNotLocked, clearFailures, recordFailure, SIGN_IN_ACCOUNT_SLOWDOWN, SIGN_IN_LIMIT, signInScopes } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { InvalidCredentialsError } from './errors';
import { hashPassword, verifyPassword } from './password';
import type { CurrentUser } from './user-record';

export type PasswordCheckResult = { user: CurrentUser; twoFactorRequired: boolean };

// Unknown emails are checked against this so they cost the same time as known ones.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword('medinest-timing-dummy-password'));

/**
 * The password step of signing in. A locked address, or an account inside its delay, is refused
 * before the password is looked at; unknown email, wrong password and disabled account all fail
 * the same way.
 */
export async function checkPassword(input: { email: string; password: string; ip: string | null }, deps: AuthDeps = authDeps()): Promise<PasswordCheckResult> {
  const email = input.email.trim().toLowerCase();
  const scopes = signInScopes(email, input.ip);
  await assertNotLocked(deps.store, [...scopes.locks, scopes.account], deps.now().getTime());

  const [row] = await deps.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      passwordHash: users.passwordHash,
      totpEnabledAt: users.totpEnabledAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);

  const passwordMatches = await verifyPassword(row?.passwordHash ?? (await timingDummy()), input.password);
  if (!row || !passwordMatches || row.disabledAt) {
    await recordFailure(deps.store, scopes.locks, SIGN_IN_LIMIT, deps.now().getTime());
    await recordFailure(deps.store, [scopes.account], SIGN_IN_ACCOUNT_SLOWDOWN, deps.now().getTime());
    await recordAudit(deps.db, {
      actorId: row?.id ?? null,
      actorRole: row?.role ?? null,
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: row?.id,
      ip: input.ip,
      details: { reason: !row ? 'unknown_email' : row.disabledAt ? 'disabled' : 'wrong_password' },
    });
    throw new InvalidCredentialsError();
  }

  await clearFailures(deps.store, [scopes.account, scopes.locks[1]!]);
  const twoFactorRequired = row.totpEnabledAt !== null;
  const user: CurrentUser = { id: row.id, email: row.email, name: row.name, phone: row.phone, role: row.role, twoFactorEnabled: twoFactorRequired };
  if (!twoFactorRequired) await auditSignIn(deps, user, input.ip, 'password');
  return { user, twoFactorRequired };
}

export async function auditSignIn(deps: AuthDeps, user: { id: string; role: CurrentUser['role'] }, ip: string | null, method: 'password' | 'totp' | 'recovery_code'): Promise<void> {
  await recordAudit(deps.db, { actorId: user.id, actorRole: user.role, action: 'auth.sign_in', entityType: 'user', entityId: user.id, ip, details: { method } });
}
