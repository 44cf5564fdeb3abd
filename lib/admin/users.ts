import 'server-only';
import { and, asc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Database } from '@/db/client';
import { users, userRole, type UserRole } from '@/db/schema';
import { containsPattern } from '@/db/like';
import { recordAudit } from '@/lib/audit/record';
import { resetTwoFactor } from '@/lib/auth/two-factor';
import { authDeps } from '@/lib/auth/auth-deps';
import { endUserSessions } from '@/lib/auth/sessions/store';
import { can, isStaff, rolesWith } from '@/lib/permissions/matrix';
import { UserChangeRefusedError } from './errors';
import { pageWindow } from '@/lib/pagination';

export const USERS_PAGE_SIZE = 30;

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  role: z.enum(['all', ...userRole.enumValues]).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type UserSearch = z.output<typeof userSearchSchema>;

export type AdminUserRow = { id: string; name: string; email: string; phone: string | null; role: UserRole; twoFactorEnabled: boolean; disabled: boolean; createdAt: Date };

/** Users for the admin: a DTO without the password hash, TOTP secret or recovery codes. */
export async function searchUsers(search: UserSearch, database: Database = db): Promise<{ rows: AdminUserRow[]; total: number; page: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (search.q) {
    const like = containsPattern(search.q);
    conditions.push(or(ilike(users.name, like), ilike(users.email, like), ilike(users.phone, like))!);
  }
  if (search.role !== 'all') conditions.push(eq(users.role, search.role));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ n } = { n: 0 }] = await database.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  const { total, page, pageCount, limit, offset } = pageWindow(n, search.page, USERS_PAGE_SIZE);
  const rows = await database
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, role: users.role, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(sql`case ${users.role} when 'admin' then 0 when 'pharmacist' then 1 else 2 end`, asc(users.email))
    .limit(limit)
    .offset(offset);
  return {
    rows: rows.map(({ totpEnabledAt, disabledAt, ...r }) => ({ ...r, twoFactorEnabled: totpEnabledAt !== null, disabled: disabledAt !== null })),
    total,
    page,
    pageCount,
  };
}

export const changeRoleSchema = z.object({ userId: z.uuid(), role: z.enum(userRole.enumValues, { error: 'Choose a role' }) });
export const userIdSchema = z.object({ userId: z.uuid() });

type Actor = { id: string; role: UserRole };

/**
 * Changes a user's role and ends their sessions: they sign in again under the new role's rules
 * (staff lifetimes and two-factor).
 * An admin cannot change their own role, and the last active admin cannot be demoted, so the
 * shop is never left without one.
 */
export async function changeUserRole(raw: unknown, actor: Actor, ip: string | null, database: Database = db): Promise<{ from: UserRole; to: UserRole }> {
  const input = changeRoleSchema.parse(raw);
  if (input.userId === actor.id) throw new UserChangeRefusedError('You cannot change your own role.');
  return database.transaction(async (tx) => {
    await lockAdminRoster(tx);
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.userId)).for('update');
    if (!target) throw new UserChangeRefusedError('User not found.');
    if (target.role === input.role) throw new UserChangeRefusedError(`This user is already ${article(input.role)} ${input.role}.`);
    if (can(target.role, 'users.manage')) await assertAnotherAdmin(tx, input.userId);
    await tx.update(users).set({ role: input.role, updatedAt: sql`now()` }).where(eq(users.id, input.userId));
    await endUserSessions(tx, input.userId, 'role_changed');
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'user.role_changed', entityType: 'user', entityId: input.userId, ip, details: { from: target.role, to: input.role } });
    return { from: target.role, to: input.role };
  });
}

/** Disabling ends the user's sessions for good: enabling the account again does not revive them. */
export async function setUserDisabled(raw: unknown, disabled: boolean, actor: Actor, ip: string | null, database: Database = db): Promise<void> {
  const input = userIdSchema.parse(raw);
  if (input.userId === actor.id) throw new UserChangeRefusedError('You cannot disable your own account.');
  await database.transaction(async (tx) => {
    await lockAdminRoster(tx);
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.userId)).for('update');
    if (!target) throw new UserChangeRefusedError('User not found.');
    if (disabled && can(target.role, 'users.manage')) await assertAnotherAdmin(tx, input.userId);
    const changed = await tx
      .update(users)
      .set({ disabledAt: disabled ? sql`now()` : null, updatedAt: sql`now()` })
      .where(and(eq(users.id, input.userId), disabled ? isNull(users.disabledAt) : isNotNull(users.disabledAt)))
      .returning({ id: users.id });
    if (changed.length === 0) throw new UserChangeRefusedError(disabled ? 'This account is already disabled.' : 'This account is already enabled.');
    if (disabled) await endUserSessions(tx, input.userId, 'disabled');
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: input.userId, ip });
  });
}

/** A staff member who lost their phone enrols again at next sign-in; customers have no two-factor to reset. */
export async function resetStaffTwoFactor(raw: unknown, actor: Actor, ip: string | null, database: Database = db): Promise<void> {
  const input = userIdSchema.parse(raw);
  const [target] = await database.select({ role: users.role, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, input.userId));
  if (!target) throw new UserChangeRefusedError('User not found.');
  if (!isStaff(target.role)) throw new UserChangeRefusedError('Only staff use two-factor authentication.');
  if (!target.totpEnabledAt) throw new UserChangeRefusedError('Two-factor authentication is not set up for this user.');
  await resetTwoFactor(actor, input.userId, ip, authDeps({ db: database }));
}

/**
 * Role and disable changes take one transaction-scoped lock first, so two admins demoting each
 * other at once run one after the other and the second sees the first's result. Taken before any
 * row lock: the audit row's foreign key to the actor would otherwise deadlock the pair.
 */
async function lockAdminRoster(tx: Parameters<Parameters<Database['transaction']>[0]>[0]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('medinest:admin-roster'))`);
}

// Someone must still be able to manage users (and so appoint the next admin).
async function assertAnotherAdmin(tx: Parameters<Parameters<Database['transaction']>[0]>[0], exceptUserId: string): Promise<void> {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, rolesWith('users.manage')), isNull(users.disabledAt), ne(users.id, exceptUserId)))
    .limit(1);
  if (!other) throw new UserChangeRefusedError('MediNest must keep at least one active admin.');
}

const article = (role: UserRole) => (/^[aeiou]/.test(role) ? 'an' : 'a');
