import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import { changePassword } from './account/profile';
import type { AuthDeps } from './auth-deps';
import { requestPasswordReset, resetPassword } from './password-reset';
import { createUser } from '@/test-support/factories/users';
import { startRedisDeps, uniqueIp } from '@/test-support/auth';
import { findLiveSession, startSession } from './sessions/store';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const openFor = async (userId: string) => (await startSession(db, { userId, role: 'customer', twoFactorVerified: false, ip: null, userAgent: null })).token;

describe('sessions end when the password changes', () => {
  it('keeps sessions while the password is unchanged and ends every one after a change', async () => {
    const user = await createUser();
    const [here, elsewhere] = [await openFor(user.id), await openFor(user.id)];
    expect(await findLiveSession(db, here)).not.toBeNull();
    await changePassword({ id: user.id, role: 'customer', email: user.email }, { currentPassword: user.password, password: 'Brand-new-secret-2082' }, null, deps);
    expect(await findLiveSession(db, here)).toBeNull();
    expect(await findLiveSession(db, elsewhere)).toBeNull();
    expect(await findLiveSession(db, await openFor(user.id))).not.toBeNull();
  });

  it('ends every session after a reset', async () => {
    const user = await createUser();
    const session = await openFor(user.id);
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const [mail] = await db.select({ payload: notifications.payload }).from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.template, 'password-reset')));
    const token = new URL(String(mail!.payload.resetUrl)).searchParams.get('token')!;
    await resetPassword(token, 'After-the-reset-2082', null, deps);
    expect(await findLiveSession(db, session)).toBeNull();
  });

  it('a wrong current password ends nothing', async () => {
    const user = await createUser();
    const session = await openFor(user.id);
    await expect(changePassword({ id: user.id, role: 'customer', email: user.email }, { currentPassword: 'Wrong-password-1', password: 'Brand-new-secret-2082' }, null, deps)).rejects.toThrow();
    expect(await findLiveSession(db, session)).not.toBeNull();
  });
});
