import 'server-only';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError } from '@/lib/errors';
import { isStaff } from '@/lib/permissions/matrix';
import { assertNotLocked, clearFailures, recordFailure, TWO_FACTOR_LIMIT } from './attempt-limits';
import { authDeps, type AuthDeps } from './auth-deps';
import { claimEnrolmentLink, hasUsableEnrolmentLink, revokeOpenLinks } from './enrolment-links';
import { EnrolmentLinkRequiredError, InvalidTwoFactorCodeError } from './errors';
import { endUserSessions } from './sessions/store';
import {
  decryptSecret,
  encryptSecret,
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  legacyRecoveryCodeHash,
  totpUri,
  verifyTotpCode,
} from './totp';
import type { CurrentUser } from './user-record';

const ENROLMENT_TTL_SECONDS = 15 * 60;
const pendingKey = (userId: string) => `totp-enrolment:${userId}`;

export type EnrolmentView = { secret: string; uri: string; qrDataUrl: string };

/**
 * Starts (or resumes) enrolment: a fresh secret kept encrypted in the store until the user proves
 * with a code that their app has it. Reloading the page shows the same secret. Staff need the
 * token of a one-time link an admin issued them (lib/auth/enrolment-links.ts): a stolen password
 * alone must not let anyone bind their own authenticator to a staff account.
 */
export async function startEnrolment(
  user: Pick<CurrentUser, 'id' | 'email' | 'role' | 'twoFactorEnabled'>,
  enrolmentToken: string | undefined,
  deps: AuthDeps = authDeps(),
): Promise<EnrolmentView> {
  if (user.twoFactorEnabled) throw new DomainError('Two-factor authentication is already on.');
  if (isStaff(user.role) && !(await hasUsableEnrolmentLink(user.id, enrolmentToken, deps))) throw new EnrolmentLinkRequiredError();
  const stored = await deps.store.get<string>(pendingKey(user.id));
  const secret = stored ? decryptSecret(stored, deps.totpKey) : generateTotpSecret();
  if (!stored) await deps.store.set(pendingKey(user.id), encryptSecret(secret, deps.totpKey), { ttlSeconds: ENROLMENT_TTL_SECONDS });
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/**
 * Confirms enrolment with a code from the app; returns the ten recovery codes, shown only now.
 * For staff the enrolment link is spent in the same transaction.
 */
export async function confirmEnrolment(
  user: Pick<CurrentUser, 'id' | 'role'>,
  code: string,
  enrolmentToken: string | undefined,
  ip: string | null,
  deps: AuthDeps = authDeps(),
): Promise<{ recoveryCodes: string[] }> {
  const scope = [`two-factor:user:${user.id}`];
  await assertNotLocked(deps.store, scope, deps.now().getTime());
  const staff = isStaff(user.role);
  // Checked before the code too, so a code is not spent on an enrolment that cannot succeed.
  if (staff && !(await hasUsableEnrolmentLink(user.id, enrolmentToken, deps))) throw new EnrolmentLinkRequiredError();
  const stored = await deps.store.get<string>(pendingKey(user.id));
  if (!stored) throw new DomainError('Your setup expired. Scan the new QR code and try again.');
  const secret = decryptSecret(stored, deps.totpKey);
  const step = verifyTotpCode(secret, code, deps.now().getTime());
  if (step === null) {
    await recordFailure(deps.store, scope, TWO_FACTOR_LIMIT, deps.now().getTime());
    throw new InvalidTwoFactorCodeError();
  }

  const recoveryCodes = generateRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    if (staff) await claimEnrolmentLink(tx, user.id, enrolmentToken, deps.now());
    const updated = await tx
      .update(users)
      .set({
        totpSecretEncrypted: stored,
        totpEnabledAt: deps.now(),
        // The code that proved enrolment cannot then open a sign-in.
        totpLastUsedStep: step,
        totpRecoveryCodeHashes: recoveryCodes.map((c) => hashRecoveryCode(c, deps.totpKey, user.id)),
        updatedAt: deps.now(),
      })
      .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (updated.length === 0) throw new DomainError('Two-factor authentication is already on.');
    await recordAudit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.two_factor_enrolled', entityType: 'user', entityId: user.id, ip });
  });
  await deps.store.delete(pendingKey(user.id));
  await clearFailures(deps.store, scope);
  return { recoveryCodes };
}

/**
 * The second sign-in step: a current TOTP code (each usable once) or an unused recovery code
 * (consumed). Five wrong codes lock the step for 15 minutes.
 */
export async function verifySecondFactor(userId: string, code: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<{ method: 'totp' | 'recovery_code' }> {
  const scope = [`two-factor:user:${userId}`];
  await assertNotLocked(deps.store, scope, deps.now().getTime());
  const [row] = await deps.db
    .select({ role: users.role, secret: users.totpSecretEncrypted, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row?.secret || row.disabledAt) throw new InvalidTwoFactorCodeError();

  let method: 'totp' | 'recovery_code' | null = null;
  if (/^\d{6}$/.test(code)) {
    const step = verifyTotpCode(decryptSecret(row.secret, deps.totpKey), code, deps.now().getTime());
    if (step !== null && (await markStepUsed(deps, userId, step))) method = 'totp';
  } else if (await consumeRecoveryCode(deps, userId, code)) {
    method = 'recovery_code';
    await recordAudit(deps.db, { actorId: userId, actorRole: row.role, action: 'auth.recovery_code_used', entityType: 'user', entityId: userId, ip });
  }
  if (!method) {
    await recordFailure(deps.store, scope, TWO_FACTOR_LIMIT, deps.now().getTime());
    await recordAudit(deps.db, { actorId: userId, actorRole: row.role, action: 'auth.sign_in_failed', entityType: 'user', entityId: userId, ip, details: { reason: 'wrong_two_factor_code' } });
    throw new InvalidTwoFactorCodeError();
  }
  await clearFailures(deps.store, scope);
  return { method };
}

/**
 * Turns two-factor off for a user (an admin helping someone who lost their phone); their sessions
 * end, and any enrolment link still open stops working: enrolling again takes a new link.
 */
export async function resetTwoFactor(actor: Pick<CurrentUser, 'id' | 'role'>, targetUserId: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecretEncrypted: null, totpEnabledAt: null, totpRecoveryCodeHashes: [], updatedAt: deps.now() })
      .where(eq(users.id, targetUserId));
    await endUserSessions(tx, targetUserId, 'two_factor_reset', { now: deps.now() });
    await revokeOpenLinks(tx, targetUserId, deps.now());
    await recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: 'auth.two_factor_reset', entityType: 'user', entityId: targetUserId, ip });
  });
}

export async function remainingRecoveryCodes(userId: string, deps: AuthDeps = authDeps()): Promise<number> {
  const [row] = await deps.db
    .select({ count: sql<number>`cardinality(${users.totpRecoveryCodeHashes})` })
    .from(users)
    .where(eq(users.id, userId));
  return Number(row?.count ?? 0);
}

// A code is accepted only for a step later than the last accepted one (RFC 6238 5.2), so a
// shoulder-surfed code is useless. One conditional UPDATE: of two requests racing with the same
// code, one wins. Kept in PostgreSQL, not Redis, so a Redis outage can never make a code replayable.
async function markStepUsed(deps: AuthDeps, userId: string, step: number): Promise<boolean> {
  const updated = await deps.db
    .update(users)
    .set({ totpLastUsedStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastUsedStep), lt(users.totpLastUsedStep, step))))
    .returning({ id: users.id });
  return updated.length === 1;
}

async function consumeRecoveryCode(deps: AuthDeps, userId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(code, deps.totpKey, userId);
  const legacy = legacyRecoveryCodeHash(code);
  const updated = await deps.db
    .update(users)
    .set({ totpRecoveryCodeHashes: sql`array_remove(array_remove(${users.totpRecoveryCodeHashes}, ${hash}), ${legacy})` })
    .where(and(eq(users.id, userId), sql`(${hash} = any(${users.totpRecoveryCodeHashes}) or ${legacy} = any(${users.totpRecoveryCodeHashes}))`))
    .returning({ id: users.id });
  return updated.length === 1;
}
