import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { InvalidTwoFactorCodeError, RateLimitedError } from './errors';
import { createUser } from '@/test-support/factories/users';
import { enrolmentTokenFor } from '@/test-support/enrolment-link';
import { auditActionsFor, startRedisDeps } from '@/test-support/auth';
import { decryptSecret, legacyRecoveryCodeHash } from './totp';
import { confirmEnrolment, remainingRecoveryCodes, resetTwoFactor, startEnrolment, verifySecondFactor } from './two-factor';
import { loadActiveUser } from './user-record';
import { MemoryStore } from '@/lib/kv/memory-store';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const code = (secret: string, offsetSteps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

async function enrolledPharmacist() {
  const user = await createUser({ role: 'pharmacist' });
  const current = (await loadActiveUser(db, user.id))!;
  const token = await enrolmentTokenFor(user.id, deps);
  const { secret } = await startEnrolment(current, token, deps);
  const { recoveryCodes } = await confirmEnrolment(current, code(secret), token, null, deps);
  return { user, secret, recoveryCodes };
}

describe('two-factor enrolment', () => {
  it('shows the same secret until confirmed, then stores it encrypted with ten hashed recovery codes', async () => {
    const user = await createUser({ role: 'pharmacist' });
    const current = (await loadActiveUser(db, user.id))!;
    const token = await enrolmentTokenFor(user.id, deps);
    const first = await startEnrolment(current, token, deps);
    const again = await startEnrolment(current, token, deps);
    expect(again.secret).toBe(first.secret);
    expect(first.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(first.uri).toContain(`secret=${first.secret}`);

    await expect(confirmEnrolment(current, '000000', token, null, deps)).rejects.toThrow(InvalidTwoFactorCodeError);
    const { recoveryCodes } = await confirmEnrolment(current, code(first.secret), token, '203.0.113.7', deps);
    expect(recoveryCodes).toHaveLength(10);

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.totpEnabledAt).toBeInstanceOf(Date);
    expect(row!.totpSecretEncrypted).not.toContain(first.secret);
    expect(decryptSecret(row!.totpSecretEncrypted!, deps.totpKey)).toBe(first.secret);
    expect(row!.totpRecoveryCodeHashes).toHaveLength(10);
    expect(row!.totpRecoveryCodeHashes.join()).not.toContain(recoveryCodes[0]!.replace('-', ''));
    // Keyed: neither the bare SHA-256 of a code nor the unsalted form used before v2.
    const unkeyed = recoveryCodes.flatMap((c) => [createHash('sha256').update(c).digest('hex'), createHash('sha256').update(c.replace('-', '')).digest('hex'), legacyRecoveryCodeHash(c)]);
    expect(row!.totpRecoveryCodeHashes.filter((h) => unkeyed.some((u) => h.includes(u)))).toEqual([]);
    expect(await auditActionsFor(user.id)).toContain('auth.two_factor_enrolled');
    await expect(startEnrolment({ ...current, twoFactorEnabled: true }, token, deps)).rejects.toThrow('already on');
  });
});

describe('second factor at sign-in', () => {
  it('still refuses a replayed code after a flood of 10,001 cache keys in the in-process store', async () => {
    const { user, secret } = await enrolledPharmacist();
    const memory = { ...deps, store: new MemoryStore() };
    const next = code(secret, 1);
    await expect(verifySecondFactor(user.id, next, null, memory)).resolves.toEqual({ method: 'totp' });
    for (let i = 0; i < 10_001; i++) await memory.store.set(`catalog:product:${i}`, i, { ttlSeconds: 300 });
    await expect(verifySecondFactor(user.id, next, null, memory)).rejects.toThrow(InvalidTwoFactorCodeError);
  });

  it('accepts a fresh code once, and refuses the same code replayed', async () => {
    const { user, secret } = await enrolledPharmacist();
    const next = code(secret, 1);
    await expect(verifySecondFactor(user.id, next, null, deps)).resolves.toEqual({ method: 'totp' });
    await expect(verifySecondFactor(user.id, next, null, deps)).rejects.toThrow(InvalidTwoFactorCodeError);
  });

  it('accepts each recovery code once, typed in any case', async () => {
    const { user, recoveryCodes } = await enrolledPharmacist();
    const recovery = recoveryCodes[3]!;
    await expect(verifySecondFactor(user.id, recovery.toUpperCase(), null, deps)).resolves.toEqual({ method: 'recovery_code' });
    await expect(verifySecondFactor(user.id, recovery, null, deps)).rejects.toThrow(InvalidTwoFactorCodeError);
    expect(await remainingRecoveryCodes(user.id, deps)).toBe(9);
    expect(await auditActionsFor(user.id)).toContain('auth.recovery_code_used');
  });

  it('still accepts, once, a recovery code stored in the unsalted form of before', async () => {
    const { user } = await enrolledPharmacist();
    await db.update(users).set({ totpRecoveryCodeHashes: [legacyRecoveryCodeHash('abcde-fghjk')] }).where(eq(users.id, user.id));
    await expect(verifySecondFactor(user.id, 'ABCDEFGHJK', null, deps)).resolves.toEqual({ method: 'recovery_code' });
    await expect(verifySecondFactor(user.id, 'abcde-fghjk', null, deps)).rejects.toThrow(InvalidTwoFactorCodeError);
    expect(await remainingRecoveryCodes(user.id, deps)).toBe(0);
  });

  it('locks the step after five wrong codes, even for the right one', async () => {
    const { user, secret } = await enrolledPharmacist();
    for (let i = 0; i < 5; i++) await expect(verifySecondFactor(user.id, '123456', null, deps)).rejects.toThrow(InvalidTwoFactorCodeError);
    await expect(verifySecondFactor(user.id, code(secret, 1), null, deps)).rejects.toThrow(RateLimitedError);
  });

  it('is turned off by a reset, which is audited against the admin', async () => {
    const { user } = await enrolledPharmacist();
    const admin = await createUser({ role: 'admin' });
    await resetTwoFactor({ id: admin.id, role: 'admin' }, user.id, null, deps);
    expect((await loadActiveUser(db, user.id))?.twoFactorEnabled).toBe(false);
    expect(await auditActionsFor(user.id)).toContain('auth.two_factor_reset');
  });
});
