import { eq, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { notifications, staffEnrolmentLinks, users } from '@/db/schema';
import { auditActionsFor, startRedisDeps } from '@/test-support/auth';
import { enrolmentTokenFor } from '@/test-support/enrolment-link';
import { createStaff, createUser } from '@/test-support/factories/users';
import type { UpstashBridge } from '@/test-support/upstash-bridge';
import type { AuthDeps } from './auth-deps';
import { hashEnrolmentToken, newEnrolmentToken } from './enrolment-link-token';
import { claimEnrolmentLink, hasUsableEnrolmentLink, issueEnrolmentLink } from './enrolment-links';
import { EnrolmentLinkRefusedError, EnrolmentLinkRequiredError } from './errors';
import { confirmEnrolment, resetTwoFactor, startEnrolment } from './two-factor';
import { loadActiveUser } from './user-record';

let deps: AuthDeps;
let bridge: UpstashBridge;
beforeAll(async () => ({ deps, bridge } = await startRedisDeps()));
afterAll(async () => bridge.stop());

const code = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();
const later = (hours: number): AuthDeps => ({ ...deps, now: () => new Date(Date.now() + hours * 3_600_000) });

async function newStaff(role: 'pharmacist' | 'admin' = 'pharmacist') {
  const user = await createStaff(role, { twoFactor: false });
  return (await loadActiveUser(db, user.id))!;
}

async function enrol(user: Awaited<ReturnType<typeof newStaff>>, token: string | undefined, with_: AuthDeps = deps) {
  const { secret } = await startEnrolment(user, token, with_);
  return confirmEnrolment(user, code(secret), token, null, with_);
}

describe('a staff member without a link', () => {
  it('cannot see a secret or turn two-factor on with the password session alone', async () => {
    const pharmacist = await newStaff();
    await expect(startEnrolment(pharmacist, undefined, deps)).rejects.toThrow(EnrolmentLinkRequiredError);
    await expect(confirmEnrolment(pharmacist, '123456', undefined, null, deps)).rejects.toThrow(EnrolmentLinkRequiredError);
    const [row] = await db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, pharmacist.id));
    expect(row!.totpEnabledAt).toBeNull();
  });

  it('is refused with a forged token', async () => {
    const pharmacist = await newStaff();
    await enrolmentTokenFor(pharmacist.id, deps);
    await expect(startEnrolment(pharmacist, newEnrolmentToken(), deps)).rejects.toThrow(EnrolmentLinkRequiredError);
    await expect(confirmEnrolment(pharmacist, '123456', 'forged-token-forged-token', null, deps)).rejects.toThrow(EnrolmentLinkRequiredError);
  });

  it('leaves customers free to turn two-factor on themselves', async () => {
    const customer = (await loadActiveUser(db, (await createUser()).id))!;
    const { recoveryCodes } = await enrol(customer as Awaited<ReturnType<typeof newStaff>>, undefined);
    expect(recoveryCodes).toHaveLength(10);
  });
});

describe('an enrolment link', () => {
  it('lets its staff member enrol once; the same link is refused after', async () => {
    const pharmacist = await newStaff();
    const token = await enrolmentTokenFor(pharmacist.id, deps);
    expect(await hasUsableEnrolmentLink(pharmacist.id, token, deps)).toBe(true);
    expect((await enrol(pharmacist, token)).recoveryCodes).toHaveLength(10);
    expect(await hasUsableEnrolmentLink(pharmacist.id, token, deps)).toBe(false);

    // Reused after an admin reset two-factor: the old link no longer enrols.
    const admin = await createStaff('admin');
    await resetTwoFactor({ id: admin.id, role: 'admin' }, pharmacist.id, null, deps);
    const reset = (await loadActiveUser(db, pharmacist.id))!;
    await expect(enrol(reset, token)).rejects.toThrow(EnrolmentLinkRequiredError);
    expect(await auditActionsFor(pharmacist.id)).toEqual(expect.arrayContaining(['auth.enrolment_link_issued', 'auth.two_factor_enrolled', 'auth.two_factor_reset']));
  });

  it('expires after 24 hours', async () => {
    const pharmacist = await newStaff();
    const token = await enrolmentTokenFor(pharmacist.id, deps);
    expect(await hasUsableEnrolmentLink(pharmacist.id, token, later(23))).toBe(true);
    await expect(startEnrolment(pharmacist, token, later(24.1))).rejects.toThrow(EnrolmentLinkRequiredError);
    await expect(confirmEnrolment(pharmacist, '123456', token, null, later(24.1))).rejects.toThrow(EnrolmentLinkRequiredError);
  });

  it('works only for the user it was issued to', async () => {
    const intended = await newStaff();
    const other = await newStaff('admin');
    const token = await enrolmentTokenFor(intended.id, deps);
    await expect(startEnrolment(other, token, deps)).rejects.toThrow(EnrolmentLinkRequiredError);
    await expect(confirmEnrolment(other, '123456', token, null, deps)).rejects.toThrow(EnrolmentLinkRequiredError);
    expect((await enrol(intended, token)).recoveryCodes).toHaveLength(10);
  });

  it('stops working when a newer one is issued, or when two-factor is reset', async () => {
    const pharmacist = await newStaff();
    const first = await enrolmentTokenFor(pharmacist.id, deps);
    const second = await enrolmentTokenFor(pharmacist.id, deps);
    expect(await hasUsableEnrolmentLink(pharmacist.id, first, deps)).toBe(false);
    expect(await hasUsableEnrolmentLink(pharmacist.id, second, deps)).toBe(true);
    const admin = await createStaff('admin');
    await resetTwoFactor({ id: admin.id, role: 'admin' }, pharmacist.id, null, deps);
    expect(await hasUsableEnrolmentLink(pharmacist.id, second, deps)).toBe(false);
  });

  it('is claimed by exactly one of two concurrent uses', async () => {
    const pharmacist = await newStaff();
    const token = await enrolmentTokenFor(pharmacist.id, deps);
    const attempts = await Promise.allSettled(
      [0, 1].map(() =>
        db.transaction(async (tx) => {
          await claimEnrolmentLink(tx, pharmacist.id, token, new Date());
          // Hold the claim a moment so the other transaction waits on the row, as two requests would.
          await tx.execute(sql`select pg_sleep(0.2)`);
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.find((a) => a.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(EnrolmentLinkRequiredError);
  });

  it('is stored only as a hash, emailed through the outbox, and audited against the admin who issued it', async () => {
    const admin = (await loadActiveUser(db, (await createStaff('admin')).id))!;
    const pharmacist = await newStaff();
    const link = await issueEnrolmentLink({ kind: 'admin', user: admin }, pharmacist.id, '203.0.113.9', deps);
    const token = new URL(link.url).searchParams.get('token')!;
    expect(link.url.startsWith(`${deps.appUrl}/staff-enrolment?token=`)).toBe(true);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    const rows = await db.select().from(staffEnrolmentLinks).where(eq(staffEnrolmentLinks.userId, pharmacist.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: hashEnrolmentToken(token), issuedBy: admin.id, usedAt: null });
    expect(JSON.stringify(rows)).not.toContain(token);

    const [mail] = await db.select().from(notifications).where(eq(notifications.userId, pharmacist.id));
    expect(mail).toMatchObject({ template: 'staff-enrolment-link', toEmail: pharmacist.email });
    expect(mail!.payload.enrolmentUrl).toBe(link.url);
    const [audit] = await db.execute<{ actor_id: string; ip: string }>(sql`select actor_id, ip from audit_log where action = 'auth.enrolment_link_issued' and entity_id = ${pharmacist.id}`);
    expect(audit).toMatchObject({ actor_id: admin.id, ip: '203.0.113.9' });
  });

  it('is issued only by admins, only to active staff without two-factor', async () => {
    const admin = (await loadActiveUser(db, (await createStaff('admin')).id))!;
    const pharmacist = await newStaff();
    const asAdmin = (userId: string) => issueEnrolmentLink({ kind: 'admin', user: admin }, userId, null, deps);
    await expect(issueEnrolmentLink({ kind: 'admin', user: pharmacist }, (await newStaff()).id, null, deps)).rejects.toThrow('Only administrators');
    await expect(asAdmin((await createUser()).id)).rejects.toThrow(EnrolmentLinkRefusedError);
    await expect(asAdmin((await createStaff('pharmacist')).id)).rejects.toThrow('already set up');
    await expect(asAdmin((await createStaff('pharmacist', { twoFactor: false, disabled: true })).id)).rejects.toThrow('disabled');
    await expect(asAdmin(admin.id)).rejects.toThrow('Another administrator');
    await expect(asAdmin(pharmacist.id)).resolves.toMatchObject({ email: pharmacist.email });
  });
});
