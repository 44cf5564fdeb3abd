import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, passwordResetTokens } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { InvalidCredentialsError, InvalidResetTokenError, RateLimitedError } from './errors';
import { hashResetToken, isResetTokenUsable, requestPasswordReset, resetPassword } from './password-reset';
import { checkPassword } from './sign-in';
import { createUser } from '@/test-support/factories/users';
import { uniqueEmail } from '@/test-support/factories/unique';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

async function emailedToken(userId: string): Promise<string> {
  const [row] = await db.select({ payload: notifications.payload }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.template, 'password-reset'))).orderBy(desc(notifications.createdAt)).limit(1);
  const url = new URL(String(row!.payload.resetUrl));
  return url.searchParams.get('token')!;
}

describe('password reset', () => {
  it('emails a link whose token is stored only as a hash; the reset replaces the password', async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const token = await emailedToken(user.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.select({ tokenHash: passwordResetTokens.tokenHash }).from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored.map((s) => s.tokenHash)).toEqual([hashResetToken(token)]);
    expect(stored[0]!.tokenHash).not.toContain(token);

    await resetPassword(token, 'A-brand-new-password-42', uniqueIp(), deps);
    await expect(checkPassword({ email: user.email, password: user.password, ip: uniqueIp() }, deps)).rejects.toThrow(InvalidCredentialsError);
    await expect(checkPassword({ email: user.email, password: 'A-brand-new-password-42', ip: uniqueIp() }, deps)).resolves.toBeTruthy();
    expect(await auditActionsFor(user.id)).toEqual(expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']));
  });

  it('refuses a link used twice', async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const token = await emailedToken(user.id);
    await resetPassword(token, 'First-new-password-77', uniqueIp(), deps);
    expect(await isResetTokenUsable(token, deps)).toBe(false);
    await expect(resetPassword(token, 'Second-new-password-88', uniqueIp(), deps)).rejects.toThrow(InvalidResetTokenError);
    await expect(checkPassword({ email: user.email, password: 'First-new-password-77', ip: uniqueIp() }, deps)).resolves.toBeTruthy();
  });

  it('refuses a link after 30 minutes', async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const token = await emailedToken(user.id);
    const later = { ...deps, now: () => new Date(Date.now() + 31 * 60_000) };
    expect(await isResetTokenUsable(token, later)).toBe(false);
    await expect(resetPassword(token, 'Too-late-password-11', uniqueIp(), later)).rejects.toThrow(InvalidResetTokenError);
    // Still inside the window it would have worked.
    const almost = { ...deps, now: () => new Date(Date.now() + 29 * 60_000) };
    expect(await isResetTokenUsable(token, almost)).toBe(true);
  });

  it('spends every outstanding link when one is used', async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const first = await emailedToken(user.id);
    await new Promise((r) => setTimeout(r, 5));
    await requestPasswordReset(user.email, uniqueIp(), deps);
    const second = await emailedToken(user.id);
    expect(second).not.toBe(first);
    await resetPassword(second, 'Newest-password-3141', uniqueIp(), deps);
    await expect(resetPassword(first, 'Older-link-password-2718', uniqueIp(), deps)).rejects.toThrow(InvalidResetTokenError);
  });

  it('does nothing visible for an unknown email', async () => {
    const email = uniqueEmail('ghost');
    await expect(requestPasswordReset(email, uniqueIp(), deps)).resolves.toBeUndefined();
    const rows = await db.select().from(notifications).where(eq(notifications.toEmail, email));
    expect(rows).toHaveLength(0);
  });

  it('limits reset requests per IP, for known and unknown emails alike', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await requestPasswordReset(uniqueEmail('flood'), ip, deps);
    await expect(requestPasswordReset(uniqueEmail('flood'), ip, deps)).rejects.toThrow(RateLimitedError);
  });

  it('still limits reset requests whose address is unknown, under one shared key', async () => {
    await deps.store.delete('rate-limit:password-reset:ip:unknown');
    try {
      for (let i = 0; i < 5; i++) await requestPasswordReset(uniqueEmail('noip'), null, deps);
      await expect(requestPasswordReset(uniqueEmail('noip'), null, deps)).rejects.toThrow(RateLimitedError);
    } finally {
      await deps.store.delete('rate-limit:password-reset:ip:unknown');
    }
  });

  it('refuses a malformed or made-up token', async () => {
    await expect(resetPassword('x'.repeat(43), 'Made-up-token-pass-1', uniqueIp(), deps)).rejects.toThrow(InvalidResetTokenError);
  });
});
