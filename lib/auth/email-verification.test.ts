import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { emailVerificationTokens, notifications, users } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import { createUser } from '@/test-support/factories/users';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';
import type { AuthDeps } from './auth-deps';
import { hashVerificationToken, isEmailVerified, isVerificationLinkUsable, resendVerificationEmail, verifyEmail } from './email-verification';
import { InvalidVerificationTokenError, RateLimitedError } from './errors';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

/** The tokens in the confirmation links emailed to a user, oldest first. */
async function linkTokens(userId: string): Promise<string[]> {
  const rows = await db
    .select({ payload: notifications.payload })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.template, 'verify-email')))
    .orderBy(notifications.createdAt);
  return rows.map((r) => new URL(String(r.payload.verifyUrl)).searchParams.get('token')!);
}

describe('email verification', () => {
  it('a link from the email confirms the address once, audits it, sends the welcome email and is refused after', async () => {
    const user = await createUser({ unverified: true });
    await resendVerificationEmail(user.id, deps);
    const [token] = await linkTokens(user.id);
    const [stored] = await db.select().from(emailVerificationTokens).where(eq(emailVerificationTokens.userId, user.id));
    expect(stored!.tokenHash).toBe(hashVerificationToken(token!));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await isEmailVerified(db, user.id)).toBe(false);
    await expect(verifyEmail(token!, uniqueIp(), deps)).resolves.toEqual({ userId: user.id });
    expect(await isEmailVerified(db, user.id)).toBe(true);
    expect(await auditActionsFor(user.id)).toContain('auth.email_verified');
    const welcome = await db.select().from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.template, 'welcome')));
    expect(welcome).toHaveLength(1);

    await expect(verifyEmail(token!, uniqueIp(), deps)).rejects.toThrow(InvalidVerificationTokenError);
  });

  it('refuses forged, malformed and expired links and leaves the address unconfirmed', async () => {
    const user = await createUser({ unverified: true });
    await resendVerificationEmail(user.id, deps);
    const [token] = await linkTokens(user.id);
    for (const forged of ['A'.repeat(43), `${token!.slice(0, 42)}${token!.endsWith('A') ? 'B' : 'A'}`, '', "x' or 1=1 --", token!.repeat(2)]) {
      await expect(verifyEmail(forged, null, deps), forged).rejects.toThrow(InvalidVerificationTokenError);
    }
    const tomorrow = { ...deps, now: () => new Date(Date.now() + 24 * 60 * 60_000 + 1000) };
    await expect(verifyEmail(token!, null, tomorrow)).rejects.toThrow(InvalidVerificationTokenError);
    expect(await isEmailVerified(db, user.id)).toBe(false);
  });

  it('the first link opened spends every other one, and a disabled account cannot confirm', async () => {
    const user = await createUser({ unverified: true });
    await resendVerificationEmail(user.id, deps);
    await resendVerificationEmail(user.id, deps);
    const [older, newer] = await linkTokens(user.id);
    await verifyEmail(newer!, null, deps);
    await expect(verifyEmail(older!, null, deps)).rejects.toThrow(InvalidVerificationTokenError);

    const disabled = await createUser({ unverified: true });
    await resendVerificationEmail(disabled.id, deps);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const [token] = await linkTokens(disabled.id);
    await expect(verifyEmail(token!, null, deps)).rejects.toThrow(InvalidVerificationTokenError);
    expect(await isEmailVerified(db, disabled.id)).toBe(false);
  });

  it('looking at a link (as its page and mail scanners do) spends nothing; it says no once the link is spent, forged or expired', async () => {
    const user = await createUser({ unverified: true });
    await resendVerificationEmail(user.id, deps);
    const [token] = await linkTokens(user.id);
    for (let i = 0; i < 3; i++) expect(await isVerificationLinkUsable(token!, deps)).toBe(true);
    expect(await isEmailVerified(db, user.id)).toBe(false);
    expect(await isVerificationLinkUsable('A'.repeat(43), deps)).toBe(false);
    expect(await isVerificationLinkUsable(token!, { ...deps, now: () => new Date(Date.now() + 25 * 60 * 60_000) })).toBe(false);
    await verifyEmail(token!, null, deps);
    expect(await isVerificationLinkUsable(token!, deps)).toBe(false);
  });

  it('resending is limited to three an hour per account and sends nothing once confirmed', async () => {
    const user = await createUser({ unverified: true });
    for (let i = 0; i < 3; i++) await expect(resendVerificationEmail(user.id, deps)).resolves.toBe('sent');
    await expect(resendVerificationEmail(user.id, deps)).rejects.toThrow(RateLimitedError);
    expect(await linkTokens(user.id)).toHaveLength(3);

    const confirmed = await createUser();
    await expect(resendVerificationEmail(confirmed.id, deps)).resolves.toBe('already-verified');
    expect(await linkTokens(confirmed.id)).toHaveLength(0);
  });
});
