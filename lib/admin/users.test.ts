import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { loadActiveUser } from '@/lib/auth/user-record';
import { UserChangeRefusedError } from './errors';
import { createStaff, createUser } from '@/test-support/factories/users';
import { changeUserRole, resetStaffTwoFactor, searchUsers, setUserDisabled } from './users';

describe('users in the back office', () => {
  it('changes a role, audited with before and after, and the next request sees the new role', async () => {
    const admin = await createStaff('admin');
    const customer = await createUser();
    expect(await changeUserRole({ userId: customer.id, role: 'pharmacist' }, admin, '10.0.0.1')).toEqual({ from: 'customer', to: 'pharmacist' });
    expect((await loadActiveUser(db, customer.id))!.role).toBe('pharmacist');
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, customer.id));
    expect(entry).toMatchObject({ action: 'user.role_changed', actorId: admin.id, ip: '10.0.0.1', details: { from: 'customer', to: 'pharmacist' } });
    await expect(changeUserRole({ userId: customer.id, role: 'pharmacist' }, admin, null)).rejects.toBeInstanceOf(UserChangeRefusedError);
  });

  it('never lets an admin change their own role or disable themselves', async () => {
    const admin = await createStaff('admin');
    await expect(changeUserRole({ userId: admin.id, role: 'customer' }, admin, null)).rejects.toThrow('own role');
    await expect(setUserDisabled({ userId: admin.id }, true, admin, null)).rejects.toThrow('own account');
  });

  it('disabling ends the session on the next request; enabling brings it back', async () => {
    const admin = await createStaff('admin');
    const customer = await createUser();
    await setUserDisabled({ userId: customer.id }, true, admin, null);
    expect(await loadActiveUser(db, customer.id)).toBeNull();
    await expect(setUserDisabled({ userId: customer.id }, true, admin, null)).rejects.toBeInstanceOf(UserChangeRefusedError);
    await setUserDisabled({ userId: customer.id }, false, admin, null);
    expect(await loadActiveUser(db, customer.id)).not.toBeNull();
  });

  it("resets a staff member's two-factor so they must enrol again, and refuses it for customers", async () => {
    const admin = await createStaff('admin');
    const pharmacist = await createStaff('pharmacist');
    expect((await loadActiveUser(db, pharmacist.id))!.twoFactorEnabled).toBe(true);
    await resetStaffTwoFactor({ userId: pharmacist.id }, admin, null);
    const [row] = await db.select({ at: users.totpEnabledAt, secret: users.totpSecretEncrypted }).from(users).where(eq(users.id, pharmacist.id));
    expect(row).toEqual({ at: null, secret: null });
    await expect(resetStaffTwoFactor({ userId: (await createUser()).id }, admin, null)).rejects.toBeInstanceOf(UserChangeRefusedError);
  });

  it('search returns a DTO without password hash or TOTP secret', async () => {
    const pharmacist = await createStaff('pharmacist');
    const { rows } = await searchUsers({ q: pharmacist.email, role: 'all', page: 1 });
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['createdAt', 'disabled', 'email', 'id', 'name', 'phone', 'role', 'twoFactorEnabled']);
  });
});
