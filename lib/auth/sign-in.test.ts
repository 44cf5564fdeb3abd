import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { InvalidCredentialsError, RateLimitedError } from './errors';
import { checkPassword } from './sign-in';
import { createUser } from '@/test-support/factories/users';
import { uniqueEmail } from '@/test-support/factories/unique';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';
import { loadActiveUser } from './user-record';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const LIMIT_MESSAGE = 'Too many attempts. Try again in 15 minutes.';

describe('password sign-in step', () => {
  it('signs in with the right password and audits it, with no hash in what comes back', async () => {
    const user = await createUser();
    const result = await checkPassword({ email: user.email.toUpperCase(), password: user.password, ip: uniqueIp() }, deps);
    expect(result.twoFactorRequired).toBe(false);
    expect(result.user.id).toBe(user.id);
    expect(JSON.stringify(result)).not.toMatch(/argon2|passwordHash/);
    expect(await auditActionsFor(user.id)).toContain('auth.sign_in');
  });

  it('refuses the sixth attempt after five failures, even with the right password', async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      await expect(checkPassword({ email: user.email, password: `wrong-password-${i}`, ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    }
    const sixth = checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps);
    await expect(sixth).rejects.toThrow(RateLimitedError);
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).rejects.toThrow(LIMIT_MESSAGE);
    expect((await auditActionsFor(user.id)).filter((a) => a === 'auth.sign_in_failed')).toHaveLength(5);
  });

  it('answers an unknown email exactly like a wrong password, and locks it the same way', async () => {
    const email = uniqueEmail('nobody');
    const known = await createUser();
    const unknownError = await checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps).catch((e: Error) => e);
    const knownError = await checkPassword({ email: known.email, password: 'whatever-123', ip: uniqueIp() }, deps).catch((e: Error) => e);
    expect(unknownError).toBeInstanceOf(InvalidCredentialsError);
    expect((unknownError as Error).message).toBe((knownError as Error).message);
    for (let i = 0; i < 4; i++) await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps)).rejects.toThrow(LIMIT_MESSAGE);
  });

  it('locks an IP after five failures across different accounts', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await expect(checkPassword({ email: uniqueEmail('spray'), password: 'guess-guess-1', ip }, deps)).rejects.toThrow(InvalidCredentialsError);
    const user = await createUser();
    await expect(checkPassword({ email: user.email, password: user.password, ip }, deps)).rejects.toThrow(LIMIT_MESSAGE);
  });

  it('resets the account count after a success, so only failures in a row lock', async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) await expect(checkPassword({ email: user.email, password: 'nope-nope-nope', ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    await checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps);
    for (let i = 0; i < 4; i++) await expect(checkPassword({ email: user.email, password: 'nope-nope-nope', ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).resolves.toMatchObject({ twoFactorRequired: false });
  });

  it('refuses a disabled account with the ordinary message, and its existing session user reads as null', async () => {
    const user = await createUser();
    expect(await loadActiveUser(db, user.id)).not.toBeNull();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    expect(await loadActiveUser(db, user.id)).toBeNull();
  });

  it('asks staff with two-factor for a code and does not record a sign-in yet', async () => {
    const user = await createUser({ role: 'pharmacist' });
    await db.update(users).set({ totpEnabledAt: new Date(), totpSecretEncrypted: 'v1.x.y.z' }).where(eq(users.id, user.id));
    const result = await checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps);
    expect(result.twoFactorRequired).toBe(true);
    expect(await auditActionsFor(user.id)).not.toContain('auth.sign_in');
  });
});

describe('loadActiveUser', () => {
  it('re-reads the role, so a changed role counts on the next request', async () => {
    const user = await createUser();
    expect((await loadActiveUser(db, user.id))?.role).toBe('customer');
    await db.update(users).set({ role: 'pharmacist' }).where(eq(users.id, user.id));
    expect((await loadActiveUser(db, user.id))?.role).toBe('pharmacist');
    expect(Object.keys((await loadActiveUser(db, user.id))!).sort()).toEqual(['email', 'id', 'name', 'phone', 'role', 'twoFactorEnabled']);
    expect(await loadActiveUser(db, 'not-a-uuid')).toBeNull();
  });
});
