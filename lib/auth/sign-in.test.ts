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
import { MemoryStore } from '@/lib/kv/memory-store';

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

  it('slows an account after five failures with growing delays, refusing inside the delay without checking the password', async () => {
    let now = Date.now();
    const clock = { ...deps, now: () => new Date(now) };
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      await expect(checkPassword({ email: user.email, password: `wrong-password-${i}`, ip: uniqueIp() }, clock)).rejects.toThrow(InvalidCredentialsError);
    }
    // Inside the first delay even the right password is not looked at.
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, clock)).rejects.toThrow('Too many attempts. Try again in 1 second.');
    now += 1_000;
    await expect(checkPassword({ email: user.email, password: 'wrong-again-6', ip: uniqueIp() }, clock)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, clock)).rejects.toThrow('Try again in 2 seconds.');
    now += 2_000;
    await expect(checkPassword({ email: user.email, password: 'wrong-again-7', ip: uniqueIp() }, clock)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, clock)).rejects.toThrow('Try again in 4 seconds.');
    now += 4_000;
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, clock)).resolves.toMatchObject({ twoFactorRequired: false });
    // Refused attempts were never checked, so only the seven wrong passwords are audited.
    expect((await auditActionsFor(user.id)).filter((a) => a === 'auth.sign_in_failed')).toHaveLength(7);
  });

  it('caps the delay at a minute however long the flood goes on', async () => {
    let now = Date.now();
    const clock = { ...deps, now: () => new Date(now) };
    const email = uniqueEmail('capped');
    for (let i = 0; i < 14; i++) {
      await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, clock)).rejects.toThrow(InvalidCredentialsError);
      now += 61_000;
    }
    now -= 61_000;
    await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, clock)).rejects.toThrow('Too many attempts. Try again in 1 minute.');
  });

  it('lets a staff member in after a wrong-password flood, while the flooding IP stays locked out of that account', async () => {
    let now = Date.now();
    const clock = { ...deps, now: () => new Date(now) };
    const staff = await createUser({ role: 'pharmacist' });
    const floodingIp = uniqueIp();
    for (let i = 0; i < 5; i++) {
      await expect(checkPassword({ email: staff.email, password: `flood-${i}-guess`, ip: floodingIp }, clock)).rejects.toThrow(InvalidCredentialsError);
    }
    // More of the flood from other addresses, each after the delay, so the delay keeps growing.
    for (let i = 0; i < 3; i++) {
      now += 60_000;
      await expect(checkPassword({ email: staff.email, password: `flood-more-${i}`, ip: uniqueIp() }, clock)).rejects.toThrow(InvalidCredentialsError);
    }
    await expect(checkPassword({ email: staff.email, password: staff.password, ip: uniqueIp() }, clock)).rejects.toThrow(/Try again in \d+ seconds?\./);
    now += 60_000;
    await expect(checkPassword({ email: staff.email, password: staff.password, ip: floodingIp }, clock)).rejects.toThrow(/Try again in \d+ minutes?\./);
    await expect(checkPassword({ email: staff.email, password: staff.password, ip: uniqueIp() }, clock)).resolves.toMatchObject({ user: { id: staff.id } });
    // A success clears the account's delay, but not the flooding address's lock on it.
    await expect(checkPassword({ email: staff.email, password: staff.password, ip: floodingIp }, clock)).rejects.toThrow(RateLimitedError);
  });

  it('locks one IP after five failures on one account, without slowing that account elsewhere', async () => {
    const user = await createUser();
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await expect(checkPassword({ email: user.email, password: `wrong-${i}-password`, ip }, deps)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email: user.email, password: user.password, ip }, deps)).rejects.toThrow(LIMIT_MESSAGE);
  });

  it('answers an unknown email exactly like a wrong password, and slows it the same way', async () => {
    const email = uniqueEmail('nobody');
    const known = await createUser();
    const unknownError = await checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps).catch((e: Error) => e);
    const knownError = await checkPassword({ email: known.email, password: 'whatever-123', ip: uniqueIp() }, deps).catch((e: Error) => e);
    expect(unknownError).toBeInstanceOf(InvalidCredentialsError);
    expect((unknownError as Error).message).toBe((knownError as Error).message);
    for (let i = 0; i < 4; i++) await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email, password: 'whatever-123', ip: uniqueIp() }, deps)).rejects.toThrow(/Try again in 1 second\./);
  });

  it('still limits sign-in when the address is unknown: all such requests share one key', async () => {
    await deps.store.delete('lock:sign-in:ip:unknown');
    await deps.store.delete('failures:sign-in:ip:unknown');
    try {
      for (let i = 0; i < 5; i++) await expect(checkPassword({ email: uniqueEmail('noip'), password: 'guess-guess-1', ip: null }, deps)).rejects.toThrow(InvalidCredentialsError);
      const user = await createUser();
      await expect(checkPassword({ email: user.email, password: user.password, ip: null }, deps)).rejects.toThrow(LIMIT_MESSAGE);
    } finally {
      await deps.store.delete('lock:sign-in:ip:unknown');
      await deps.store.delete('failures:sign-in:ip:unknown');
    }
  });

  it('keeps an IP lock in the in-process store through a flood of 10,001 cache keys', async () => {
    const memory = { ...deps, store: new MemoryStore() };
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await expect(checkPassword({ email: uniqueEmail('spray'), password: 'guess-guess-1', ip }, memory)).rejects.toThrow(InvalidCredentialsError);
    for (let i = 0; i < 10_001; i++) await memory.store.set(`catalog:search:${i}`, { hits: i }, { ttlSeconds: 300 });
    const user = await createUser();
    await expect(checkPassword({ email: user.email, password: user.password, ip }, memory)).rejects.toThrow(LIMIT_MESSAGE);
  });

  it('locks an IP after five failures across different accounts', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await expect(checkPassword({ email: uniqueEmail('spray'), password: 'guess-guess-1', ip }, deps)).rejects.toThrow(InvalidCredentialsError);
    const user = await createUser();
    await expect(checkPassword({ email: user.email, password: user.password, ip }, deps)).rejects.toThrow(LIMIT_MESSAGE);
  });

  it('resets the account count after a success, so only failures in a row slow it down', async () => {
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
