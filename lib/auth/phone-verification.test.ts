import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { phoneVerificationCodes, smsMessages, users } from '@/db/schema';
import { auditActionsFor, startRedisDeps, uniqueIp } from '@/test-support/auth';
import { createUser } from '@/test-support/factories/users';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { RateLimitedError } from './errors';
import { hashPhoneCode, isPhoneVerified, PhoneCodeError, PHONE_CODES_PER_NUMBER, sendPhoneCode, verifyPhoneCode } from './phone-verification';
import { updateProfile } from './account/profile';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

let numbers = 0;
// A number of its own per test: the per-number limit is shared by the whole run's Redis.
const uniquePhone = () => `98${String(Date.now() % 1e6).padStart(6, '0')}${String(numbers++ % 100).padStart(2, '0')}`;

async function unverifiedShopper(locale: 'en' | 'ne' = 'en') {
  const user = await createUser({ phone: uniquePhone(), phoneUnverified: true, locale });
  return { ...user, role: 'customer' as const };
}

/** The code in the newest SMS to the user, read from the outbox as the phone would read it. */
async function codeSentTo(userId: string): Promise<string> {
  const [sms] = await db.select({ text: smsMessages.text }).from(smsMessages).where(eq(smsMessages.userId, userId)).orderBy(desc(smsMessages.createdAt)).limit(1);
  return /\b(\d{6})\b/.exec(sms!.text)![1]!;
}

describe('phone verification', () => {
  it('sends a 6-digit code by SMS, keeps only its keyed hash, and the code proves the number once', async () => {
    const user = await unverifiedShopper();
    const sent = await sendPhoneCode(user, uniqueIp(), deps);
    expect(sent).toMatchObject({ phone: expect.stringMatching(/^98\d{8}$/) });
    const code = await codeSentTo(user.id);
    const [stored] = await db.select().from(phoneVerificationCodes).where(eq(phoneVerificationCodes.userId, user.id));
    expect(stored!.codeHash).toBe(hashPhoneCode(code, stored!.phone));
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeLessThanOrEqual(5 * 60_000 + 1000);

    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: false });
    await verifyPhoneCode(user, code, uniqueIp(), deps);
    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: true });
    expect(await auditActionsFor(user.id)).toContain('auth.phone_verified');
    expect(await sendPhoneCode(user, uniqueIp(), deps)).toEqual({ alreadyVerified: true });
  });

  it('writes the code SMS in the shopper’s language', async () => {
    const user = await unverifiedShopper('ne');
    await sendPhoneCode(user, uniqueIp(), deps);
    const [sms] = await db.select().from(smsMessages).where(eq(smsMessages.userId, user.id));
    expect(sms).toMatchObject({ template: 'phone-verification', locale: 'ne', encoding: 'ucs2' });
    expect(sms!.text).toContain('तपाईंको कोड');
  });

  it('refuses brute force: three wrong codes spend the code, and then even the right one fails', async () => {
    const user = await unverifiedShopper();
    await sendPhoneCode(user, uniqueIp(), deps);
    const code = await codeSentTo(user.id);
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(verifyPhoneCode(user, wrong, uniqueIp(), deps)).rejects.toThrow('2 tries left');
    await expect(verifyPhoneCode(user, 'abcdef', uniqueIp(), deps)).rejects.toThrow('1 try left');
    await expect(verifyPhoneCode(user, wrong, uniqueIp(), deps)).rejects.toThrow('Too many wrong codes');
    await expect(verifyPhoneCode(user, code, uniqueIp(), deps)).rejects.toBeInstanceOf(PhoneCodeError);
    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: false });
  });

  it('counts guesses made in parallel: at most three are checked', async () => {
    const user = await unverifiedShopper();
    await sendPhoneCode(user, uniqueIp(), deps);
    const code = await codeSentTo(user.id);
    const guesses = Array.from({ length: 10 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const results = await Promise.allSettled(guesses.map((g) => verifyPhoneCode(user, g, uniqueIp(), deps)));
    const messages = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'accepted'));
    expect(messages.filter((m) => /(try|tries) left/.test(m)), messages.join(' / ')).toHaveLength(2);
    expect(messages.filter((m) => /Too many wrong codes|expired or was replaced/.test(m))).toHaveLength(8);
    await expect(verifyPhoneCode(user, code, uniqueIp(), deps)).rejects.toBeInstanceOf(PhoneCodeError);
  });

  it('refuses a code after five minutes, and an older code once a new one was sent', async () => {
    const user = await unverifiedShopper();
    await sendPhoneCode(user, uniqueIp(), deps);
    const first = await codeSentTo(user.id);
    const later = { ...deps, now: () => new Date(Date.now() + 5 * 60_000 + 1000) };
    await expect(verifyPhoneCode(user, first, uniqueIp(), later)).rejects.toThrow('expired');

    await sendPhoneCode(user, uniqueIp(), deps);
    const second = await codeSentTo(user.id);
    if (second !== first) await expect(verifyPhoneCode(user, first, uniqueIp(), deps)).rejects.toBeInstanceOf(PhoneCodeError);
    await verifyPhoneCode(user, second, uniqueIp(), deps);
    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: true });
  });

  it('limits codes per number, whichever account or address asks', async () => {
    const phone = uniquePhone();
    const first = { ...(await createUser({ phone, phoneUnverified: true })), role: 'customer' as const };
    const second = { ...(await createUser({ phone, phoneUnverified: true })), role: 'customer' as const };
    for (let i = 0; i < PHONE_CODES_PER_NUMBER.limit; i++) await sendPhoneCode(i % 2 ? second : first, uniqueIp(), deps);
    await expect(sendPhoneCode(second, uniqueIp(), deps)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.toPhone, phone))).toHaveLength(PHONE_CODES_PER_NUMBER.limit);
  });

  it('limits codes per address', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) await sendPhoneCode(await unverifiedShopper(), ip, deps);
    await expect(sendPhoneCode(await unverifiedShopper(), ip, deps)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('a code sent to the old number does not prove a new one, and changing the number unproves it', async () => {
    const user = await unverifiedShopper();
    await sendPhoneCode(user, uniqueIp(), deps);
    const code = await codeSentTo(user.id);
    await updateProfile(user, { name: user.name, phone: uniquePhone() }, deps);
    await expect(verifyPhoneCode(user, code, uniqueIp(), deps)).rejects.toThrow('expired or was replaced');

    await sendPhoneCode(user, uniqueIp(), deps);
    await verifyPhoneCode(user, await codeSentTo(user.id), uniqueIp(), deps);
    const [{ phone } = { phone: '' }] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, user.id));
    await updateProfile(user, { name: 'Same number', phone: phone! }, deps);
    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: true });
    await updateProfile(user, { name: 'New number', phone: uniquePhone() }, deps);
    expect(await isPhoneVerified(user.id)).toMatchObject({ verified: false });
  });
});
