import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { phoneVerificationCodes, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { messageLocale } from '@/lib/notifications/locale';
import { enqueueSms } from '@/lib/notifications/sms/enqueue-sms';
import { phoneCodeText } from '@/lib/notifications/sms/texts';
import { assertWithinRate, ipLimitKey } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import type { Role } from './roles';

/*
 * Proving a mobile number: a 6-digit code by SMS, valid five minutes, three tries. A million codes
 * are quick to try offline, so the stored hash is an HMAC under AUTH_SECRET, not a bare SHA-256: a
 * copy of the table alone does not give the code away. Sending is limited per number (nobody can
 * flood a stranger's phone or run up the SMS bill) and per address; checking is limited per code
 * (three tries, then a new code is needed) and per address.
 */
export const PHONE_CODE_TTL_MINUTES = 5;
export const PHONE_CODE_MAX_ATTEMPTS = 3;
export const PHONE_CODES_PER_NUMBER = { limit: 3, windowSeconds: 60 * 60 };
export const PHONE_CODES_PER_IP = { limit: 10, windowSeconds: 60 * 60 };
export const PHONE_CHECKS_PER_IP = { limit: 20, windowSeconds: 60 * 60 };

const CODE = /^\d{6}$/;

export function hashPhoneCode(code: string, phone: string, secret: string = env.AUTH_SECRET): string {
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

export class PhoneCodeError extends DomainError {
  constructor(message: string) {
    super(message, { code: [message] });
  }
}

export type PhoneCodeSent = { phone: string; smsId: string } | { alreadyVerified: true };

/**
 * Sends a new code to the account's mobile number (every earlier code stops working) and writes
 * the SMS to the outbox; whatever the shopper chose for order updates, the code goes.
 */
export async function sendPhoneCode(user: { id: string }, ip: string | null, deps: AuthDeps = authDeps()): Promise<PhoneCodeSent> {
  const [row] = await deps.db.select({ phone: users.phone, verifiedAt: users.phoneVerifiedAt, locale: users.locale }).from(users).where(eq(users.id, user.id));
  if (!row?.phone) throw new DomainError('Add your mobile number to your profile first.');
  if (row.verifiedAt) return { alreadyVerified: true };
  await assertWithinRate(deps.store, `phone-code:ip:${ipLimitKey(ip)}`, PHONE_CODES_PER_IP);
  await assertWithinRate(deps.store, `phone-code:number:${row.phone}`, PHONE_CODES_PER_NUMBER);

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const now = deps.now();
  const phone = row.phone;
  return deps.db.transaction(async (tx) => {
    await tx
      .update(phoneVerificationCodes)
      .set({ usedAt: now })
      .where(and(eq(phoneVerificationCodes.userId, user.id), isNull(phoneVerificationCodes.usedAt)));
    await tx.insert(phoneVerificationCodes).values({ userId: user.id, phone, codeHash: hashPhoneCode(code, phone), expiresAt: new Date(now.getTime() + PHONE_CODE_TTL_MINUTES * 60_000) });
    const locale = messageLocale(row);
    const sms = await enqueueSms(tx, { userId: user.id, toPhone: phone, template: 'phone-verification', locale, text: phoneCodeText(code, PHONE_CODE_TTL_MINUTES, locale) });
    return { phone, smsId: sms.id };
  });
}

/**
 * Checks a code against the newest one sent to the account's current number. A wrong code
 * spends one of three tries (counted under the code's row lock, so parallel guesses are counted
 * too); after the third, or five minutes, only a new code helps.
 */
export async function verifyPhoneCode(user: { id: string; role: Role }, rawCode: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<void> {
  await assertWithinRate(deps.store, `phone-check:ip:${ipLimitKey(ip)}`, PHONE_CHECKS_PER_IP);
  const code = rawCode.replace(/\s/g, '');
  const now = deps.now();
  const outcome = await deps.db.transaction(async (tx) => {
    const [account] = await tx.select({ phone: users.phone, verifiedAt: users.phoneVerifiedAt }).from(users).where(eq(users.id, user.id)).for('update');
    if (account?.verifiedAt) return 'verified' as const;
    const [issued] = await tx
      .select()
      .from(phoneVerificationCodes)
      .where(and(eq(phoneVerificationCodes.userId, user.id), isNull(phoneVerificationCodes.usedAt)))
      .orderBy(desc(phoneVerificationCodes.createdAt))
      .limit(1)
      .for('update');
    if (!issued || !account?.phone || issued.phone !== account.phone || issued.expiresAt <= now) return 'expired' as const;
    if (issued.attempts >= PHONE_CODE_MAX_ATTEMPTS) return 'spent' as const;
    const expected = Buffer.from(issued.codeHash, 'hex');
    const given = Buffer.from(hashPhoneCode(CODE.test(code) ? code : 'invalid', issued.phone), 'hex');
    if (!CODE.test(code) || !timingSafeEqual(expected, given)) {
      const attempts = issued.attempts + 1;
      await tx.update(phoneVerificationCodes).set({ attempts, ...(attempts >= PHONE_CODE_MAX_ATTEMPTS ? { usedAt: now } : {}) }).where(eq(phoneVerificationCodes.id, issued.id));
      return attempts >= PHONE_CODE_MAX_ATTEMPTS ? ('spent' as const) : ({ wrong: PHONE_CODE_MAX_ATTEMPTS - attempts } as const);
    }
    await tx.update(phoneVerificationCodes).set({ usedAt: now, attempts: issued.attempts + 1 }).where(eq(phoneVerificationCodes.id, issued.id));
    await tx.update(users).set({ phoneVerifiedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.phone_verified', entityType: 'user', entityId: user.id, ip, details: { phone: account.phone } });
    return 'verified' as const;
  });
  if (outcome === 'verified') return;
  if (outcome === 'expired') throw new PhoneCodeError('This code has expired or was replaced. Send a new one.');
  if (outcome === 'spent') throw new PhoneCodeError('Too many wrong codes. Send a new one.');
  throw new PhoneCodeError(`That code is not right. ${outcome.wrong === 1 ? '1 try' : `${outcome.wrong} tries`} left.`);
}

export async function isPhoneVerified(userId: string, deps: Pick<AuthDeps, 'db'> = authDeps()): Promise<{ phone: string | null; verified: boolean }> {
  const [row] = await deps.db.select({ phone: users.phone, verifiedAt: users.phoneVerifiedAt }).from(users).where(eq(users.id, userId));
  return { phone: row?.phone ?? null, verified: Boolean(row?.phone && row.verifiedAt) };
}
