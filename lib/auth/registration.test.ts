import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { RateLimitedError } from './errors';
import { registerCustomer } from './registration';
import { checkPassword } from './sign-in';
import { uniqueEmail } from '@/test-support/factories/unique';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const input = () => ({ name: 'Hari Karki', email: uniqueEmail('hari'), phone: '9851234567', password: 'Phewa-lake-sunrise-7' });
const userByEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
const emailsTo = async (email: string) =>
  db.select({ template: notifications.template, payload: notifications.payload, userId: notifications.userId }).from(notifications).where(eq(notifications.toEmail, email));

describe('registration', () => {
  it('creates an unconfirmed customer with a hashed password, a confirmation email and an audit entry', async () => {
    const registration = input();
    await expect(registerCustomer(registration, uniqueIp(), deps)).resolves.toBeUndefined();
    const user = (await userByEmail(registration.email))!;
    expect(user).toMatchObject({ role: 'customer', emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const mail = await emailsTo(registration.email);
    expect(mail).toEqual([{ template: 'verify-email', userId: user.id, payload: expect.objectContaining({ verifyUrl: expect.stringMatching(/^http:\/\/shop\.test\/verify-email\?token=[A-Za-z0-9_-]{43}$/) }) }]);
    expect(await auditActionsFor(user.id)).toContain('auth.register');
    // Signing in works before confirming; only checkout waits for it.
    await expect(checkPassword({ email: registration.email, password: registration.password, ip: uniqueIp() }, deps)).resolves.toBeTruthy();
  });

  it('answers a registered email exactly as a new one, changes nothing, and tells the owner someone tried', async () => {
    const registration = input();
    await registerCustomer(registration, uniqueIp(), deps);
    const before = (await userByEmail(registration.email))!;
    const intruder = { ...registration, name: 'Someone Else', phone: '9800000000', password: 'Another-password-2082', email: `  ${registration.email.toUpperCase()} ` };
    await expect(registerCustomer(intruder, uniqueIp(), deps)).resolves.toBeUndefined();

    expect(await db.select().from(users).where(eq(users.email, registration.email))).toEqual([before]);
    const notice = (await emailsTo(registration.email)).filter((m) => m.template === 'registration-attempt');
    expect(notice).toEqual([{ template: 'registration-attempt', userId: before.id, payload: { name: 'Hari Karki', signInUrl: 'http://shop.test/login', resetUrl: 'http://shop.test/forgot-password' } }]);
    // No second confirmation link goes out, and the audit log says what happened.
    expect((await emailsTo(registration.email)).filter((m) => m.template === 'verify-email')).toHaveLength(1);
    expect(await auditActionsFor(before.id)).toContain('auth.register_existing_email');
  });

  it('hashes the password for a registered email too, so both answers take about as long', async () => {
    const registration = input();
    await registerCustomer(registration, uniqueIp(), deps);
    const timed = async (email: string) => {
      const started = performance.now();
      await registerCustomer({ ...input(), email }, uniqueIp(), deps);
      return performance.now() - started;
    };
    const taken = [];
    const fresh = [];
    for (let i = 0; i < 3; i++) {
      taken.push(await timed(registration.email));
      fresh.push(await timed(uniqueEmail('fresh')));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    // argon2id dominates both; without it the taken branch would answer in a few milliseconds.
    expect(median(taken)).toBeGreaterThan(median(fresh) * 0.5);
  });

  it('sends the "someone tried" notice at most three times a day per account', async () => {
    const registration = input();
    await registerCustomer(registration, uniqueIp(), deps);
    for (let i = 0; i < 5; i++) await registerCustomer(registration, uniqueIp(), deps);
    expect((await emailsTo(registration.email)).filter((m) => m.template === 'registration-attempt')).toHaveLength(3);
  });

  it('limits registrations per IP, registered emails included', async () => {
    const ip = uniqueIp();
    const taken = input();
    await registerCustomer(taken, uniqueIp(), deps);
    for (let i = 0; i < 4; i++) await registerCustomer(input(), ip, deps);
    await registerCustomer(taken, ip, deps);
    await expect(registerCustomer(input(), ip, deps)).rejects.toThrow(RateLimitedError);
    await expect(registerCustomer(taken, ip, deps)).rejects.toThrow(RateLimitedError);
  });

  it('still limits registrations whose address is unknown, under one shared key', async () => {
    await deps.store.delete('rate-limit:register:ip:unknown');
    try {
      for (let i = 0; i < 5; i++) await registerCustomer(input(), null, deps);
      await expect(registerCustomer(input(), null, deps)).rejects.toThrow(RateLimitedError);
    } finally {
      await deps.store.delete('rate-limit:register:ip:unknown');
    }
  });
});
