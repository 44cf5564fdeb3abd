import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { staffEnrolmentLinks, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { enqueueNotification } from '@/lib/notifications/enqueue';
import { can, isStaff } from '@/lib/permissions/matrix';
import { authDeps, type AuthDeps } from './auth-deps';
import { ENROLMENT_LINK_TTL_HOURS, enrolmentLinkUrl, hashEnrolmentToken, newEnrolmentToken } from './enrolment-link-token';
import { EnrolmentLinkRefusedError, EnrolmentLinkRequiredError } from './errors';
import type { CurrentUser } from './user-record';

/** An admin in the back office, or an operator at the server's shell (the first admin has nobody to ask). */
export type EnrolmentIssuer = { kind: 'admin'; user: Pick<CurrentUser, 'id' | 'role' | 'name'> } | { kind: 'operator' };

export type IssuedEnrolmentLink = { url: string; expiresAt: Date; email: string };

/**
 * Issues a staff member without two-factor a single-use link to enrol, valid for 24 hours; any
 * earlier unused link of theirs stops working. The link is emailed through the outbox and returned
 * once so the admin can hand it over; only its hash is stored.
 */
export async function issueEnrolmentLink(issuer: EnrolmentIssuer, targetUserId: string, ip: string | null, deps: AuthDeps = authDeps()): Promise<IssuedEnrolmentLink> {
  if (issuer.kind === 'admin' && !can(issuer.user.role, 'users.manage')) throw new EnrolmentLinkRefusedError('Only administrators can issue enrolment links.');
  if (issuer.kind === 'admin' && issuer.user.id === targetUserId) throw new EnrolmentLinkRefusedError('Another administrator must issue your enrolment link.');
  const token = newEnrolmentToken();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + ENROLMENT_LINK_TTL_HOURS * 3_600_000);
  const url = enrolmentLinkUrl(deps.appUrl, token);
  return deps.db.transaction(async (tx) => {
    const [target] = await tx
      .select({ name: users.name, email: users.email, role: users.role, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, targetUserId))
      .for('update');
    if (!target) throw new EnrolmentLinkRefusedError('User not found.');
    if (!isStaff(target.role)) throw new EnrolmentLinkRefusedError('Only staff need an enrolment link; customers set up two-factor themselves.');
    if (target.disabledAt) throw new EnrolmentLinkRefusedError('This account is disabled. Enable it before issuing an enrolment link.');
    if (target.totpEnabledAt) throw new EnrolmentLinkRefusedError('Two-factor authentication is already set up for this user.');
    await revokeOpenLinks(tx, targetUserId, now);
    await tx.insert(staffEnrolmentLinks).values({ userId: targetUserId, tokenHash: hashEnrolmentToken(token), issuedBy: issuer.kind === 'admin' ? issuer.user.id : null, expiresAt });
    await enqueueNotification(tx, {
      userId: targetUserId,
      toEmail: target.email,
      template: 'staff-enrolment-link',
      payload: { name: target.name, enrolmentUrl: url, expiresInHours: ENROLMENT_LINK_TTL_HOURS, issuedByName: issuer.kind === 'admin' ? issuer.user.name : null },
    });
    await recordAudit(tx, {
      actorId: issuer.kind === 'admin' ? issuer.user.id : null,
      actorRole: issuer.kind === 'admin' ? issuer.user.role : null,
      action: 'auth.enrolment_link_issued',
      entityType: 'user',
      entityId: targetUserId,
      ip,
      details: { issuedBy: issuer.kind, expiresAt: expiresAt.toISOString() },
    });
    return { url, expiresAt, email: target.email };
  });
}

/** Whether this browser holds an unused, unexpired link issued to this very user. */
export async function hasUsableEnrolmentLink(userId: string, token: string | undefined, deps: Pick<AuthDeps, 'db' | 'now'> = authDeps()): Promise<boolean> {
  if (!token) return false;
  const [row] = await deps.db.select({ id: staffEnrolmentLinks.id }).from(staffEnrolmentLinks).where(usable(userId, token, deps.now())).limit(1);
  return Boolean(row);
}

/**
 * Spends the link inside the transaction that turns two-factor on, so the link and the enrolment
 * commit together. Of two requests racing with one link, the row lock lets exactly one through.
 */
export async function claimEnrolmentLink(tx: Transaction, userId: string, token: string | undefined, now: Date): Promise<void> {
  if (!token) throw new EnrolmentLinkRequiredError();
  const claimed = await tx.update(staffEnrolmentLinks).set({ usedAt: now }).where(usable(userId, token, now)).returning({ id: staffEnrolmentLinks.id });
  if (claimed.length !== 1) throw new EnrolmentLinkRequiredError();
}

/** After a two-factor reset no link issued before it may enrol: the admin issues a new one. */
export async function revokeOpenLinks(executor: Transaction | Database, userId: string, now: Date): Promise<void> {
  await executor
    .update(staffEnrolmentLinks)
    .set({ revokedAt: now })
    .where(and(eq(staffEnrolmentLinks.userId, userId), isNull(staffEnrolmentLinks.usedAt), isNull(staffEnrolmentLinks.revokedAt)));
}

const usable = (userId: string, token: string, now: Date) =>
  and(
    eq(staffEnrolmentLinks.tokenHash, hashEnrolmentToken(token)),
    eq(staffEnrolmentLinks.userId, userId),
    isNull(staffEnrolmentLinks.usedAt),
    isNull(staffEnrolmentLinks.revokedAt),
    gt(staffEnrolmentLinks.expiresAt, now),
  );
