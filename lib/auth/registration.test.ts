import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { EmailTakenError, RateLimitedError } from './errors';
import { registerCustomer } from './registration';
import { checkPassword } from './sign-in';
import { uniqueEmail } from '@/test-support/factories/unique';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const input = () => ({ name: 'Hari Karki', email: uniqueEmail('hari'), phone: '9851234567', password: 'Phewa-lake-sunrise-7' });

describe('registration', () => {
  it('creates a customer with a hashed password, a welcome email and an audit entry', async () => {
    const registration = input();
    const user = await registerCustomer(registration, uniqueIp(), deps);
    expect(user).toMatchObject({ email: registration.email, role: 'customer', twoFactorEnabled: false });
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const welcome = await db.select().from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.template, 'welcome')));
    expect(welcome).toHaveLength(1);
    expect(await auditActionsFor(user.id)).toContain('auth.register');
    await expect(checkPassword({ email: registration.email, password: registration.password, ip: uniqueIp() }, deps)).resolves.toBeTruthy();
  });

  it('refuses an email that is already registered, in any case, and leaves no half-made account', async () => {
    const registration = input();
    await registerCustomer(registration, uniqueIp(), deps);
    await expect(registerCustomer({ ...registration, email: registration.email.toUpperCase() }, uniqueIp(), deps)).rejects.toThrow(EmailTakenError);
    const rows = await db.select().from(users).where(eq(users.email, registration.email));
    expect(rows).toHaveLength(1);
  });

  it('limits registrations per IP', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await registerCustomer(input(), ip, deps);
    await expect(registerCustomer(input(), ip, deps)).rejects.toThrow(RateLimitedError);
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
