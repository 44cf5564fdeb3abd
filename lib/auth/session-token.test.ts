import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import { changePassword } from './account/profile';
import type { AuthDeps } from './auth-deps';
import { requestPasswordReset, resetPassword } from './password-reset';
import { passwordFingerprint } from './password-fingerprint';
import { createUser } from '@/test-support/factories/users';
import { startRedisDeps, uniqueIp } from '@/test-support/auth';
import { currentPasswordHash, loadActiveUser } from './user-record';

const secret = 'x'.repeat(40);
const fingerprintOf = (hash: string) => passwordFingerprint(hash, secret);
let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

async function sessionFor(userId: string) {
  return { passwordFingerprint: fingerprintOf((await currentPasswordHash(db, userId))!), fingerprintOf };
}

describe('sessions end when the password changes', () => {
  it('keeps a session while the password is unchanged and ends it after a change', async () => {
    const user = await createUser();
    const session = await sessionFor(user.id);
    expect(await loadActiveUser(db, user.id, session)).not.toBeNull();
    await changePassword({ id: user.id, role: 'customer', email: user.email }, { currentPassword: user.password, password: 'Brand-new-secret-2082' }, null, deps);
    expect(await loadActiveUser(db, user.id, session)).toBeNull();
    expect(await loadActiveUser(db, user.id, await sessionFor(user.id))).not.toBeNull();
  });

  it('ends every session after a reset', async () => {
    const user = await createUser();
    const session = await sessionFor(user.id);
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const { notifications } = await import('@/db/schema');
    const { and, eq } = await import('drizzle-orm');
    const [mail] = await db.select({ payload: notifications.payload }).from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.template, 'password-reset')));
    const token = new URL(String(mail!.payload.resetUrl)).searchParams.get('token')!;
    await resetPassword(token, 'After-the-reset-2082', null, deps);
    expect(await loadActiveUser(db, user.id, session)).toBeNull();
  });

  it('never puts the hash itself in the fingerprint', async () => {
    const user = await createUser();
    const hash = (await currentPasswordHash(db, user.id))!;
    expect(fingerprintOf(hash)).not.toContain(hash.slice(-20));
    expect(fingerprintOf(hash)).toHaveLength(22);
    expect(passwordFingerprint(hash, 'y'.repeat(40))).not.toBe(fingerprintOf(hash));
  });
});
