import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { sessions } from '@/db/schema';
import { changeUserRole, resetStaffTwoFactor, setUserDisabled } from '@/lib/admin/users';
import { createStaff, createUser } from '@/test-support/factories/users';
import { listSignedInDevices, signOutDevice, signOutEverywhere } from './devices';
import { endSession, findLiveSession, hashSessionToken, startSession } from './store';

const MINUTE = 60_000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
const open = (user: { id: string; role: 'customer' | 'pharmacist' | 'admin' }, now = new Date(), twoFactorVerified = false) =>
  startSession(db, { userId: user.id, role: user.role, twoFactorVerified, ip: '10.1.2.3', userAgent: `  Mozilla/5.0 ${'x'.repeat(300)}` }, now);
const recordOf = async (sessionId: string) => (await db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]!;

describe('session records', () => {
  it('stores only a hash of the cookie token, with the device trimmed and the IP', async () => {
    const user = await createUser();
    const { token, sessionId } = await open(user);
    const row = await recordOf(sessionId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).toBe(hashSessionToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.userAgent).toMatch(/^Mozilla\/5\.0 x+$/);
    expect(row.userAgent!.length).toBe(200);
    expect(row.ip).toBe('10.1.2.3');
    expect((await findLiveSession(db, token))?.user.id).toBe(user.id);
    expect(await findLiveSession(db, 'A'.repeat(43))).toBeNull();
    expect(await findLiveSession(db, 'not a token')).toBeNull();
  });

  it('a shopper session lives 30 days from sign-in and is never extended by use', async () => {
    const user = await createUser();
    const start = new Date();
    const { token, sessionId } = await open(user, start);
    for (const day of [1, 10, 29]) expect(await findLiveSession(db, token, at(start, day * 24 * 60 * MINUTE))).not.toBeNull();
    expect((await recordOf(sessionId)).expiresAt.getTime()).toBe(at(start, 30 * 24 * 60 * MINUTE).getTime());
    expect(await findLiveSession(db, token, at(start, 30 * 24 * 60 * MINUTE + 1000))).toBeNull();
  });

  it('a staff session ends after 30 idle minutes, and after 12 hours even when busy', async () => {
    const pharmacist = await createStaff('pharmacist');
    const start = new Date();
    const idle = await open(pharmacist, start, true);
    expect(await findLiveSession(db, idle.token, at(start, 29 * MINUTE))).toMatchObject({ twoFactorVerified: true });
    // Seen at minute 29, so minute 58 is still within 30 idle minutes; minute 89 is not.
    expect(await findLiveSession(db, idle.token, at(start, 58 * MINUTE))).not.toBeNull();
    expect(await findLiveSession(db, idle.token, at(start, 89 * MINUTE))).toBeNull();
    expect(await recordOf(idle.sessionId)).toMatchObject({ revokedReason: 'idle' });
    expect(await findLiveSession(db, idle.token, at(start, 90 * MINUTE))).toBeNull();

    const busy = await open(pharmacist, start, true);
    for (let minute = 20; minute < 12 * 60; minute += 20) expect(await findLiveSession(db, busy.token, at(start, minute * MINUTE)), `minute ${minute}`).not.toBeNull();
    expect(await findLiveSession(db, busy.token, at(start, 12 * 60 * MINUTE + 1000))).toBeNull();
  });

  it('writes last seen at most once a minute', async () => {
    const user = await createUser();
    const start = new Date(Date.now() - 10 * MINUTE);
    const { token, sessionId } = await open(user, start);
    await findLiveSession(db, token, at(start, 30_000));
    expect((await recordOf(sessionId)).lastSeenAt.getTime()).toBe(start.getTime());
    await findLiveSession(db, token, at(start, 61_000));
    expect((await recordOf(sessionId)).lastSeenAt.getTime()).toBe(at(start, 61_000).getTime());
  });

  it('a signed-out session stays ended', async () => {
    const user = await createUser();
    const { token, sessionId } = await open(user);
    await endSession(db, sessionId, 'signed_out');
    expect(await findLiveSession(db, token)).toBeNull();
    expect(await recordOf(sessionId)).toMatchObject({ revokedReason: 'signed_out' });
  });
});

describe('changes that end every session of a user', () => {
  it('disabling ends them, and enabling the account again does not bring them back', async () => {
    const admin = await createStaff('admin');
    const user = await createUser();
    const [a, b] = [await open(user), await open(user)];
    await setUserDisabled({ userId: user.id }, true, admin, null);
    await setUserDisabled({ userId: user.id }, false, admin, null);
    expect(await findLiveSession(db, a.token)).toBeNull();
    expect(await findLiveSession(db, b.token)).toBeNull();
    expect(await recordOf(a.sessionId)).toMatchObject({ revokedReason: 'disabled' });
  });

  it('a role change and a two-factor reset end them; other users keep theirs', async () => {
    const admin = await createStaff('admin');
    const promoted = await createUser();
    const bystander = await createUser();
    const promotedSession = await open(promoted);
    const bystanderSession = await open(bystander);
    await changeUserRole({ userId: promoted.id, role: 'pharmacist' }, admin, null);
    expect(await findLiveSession(db, promotedSession.token)).toBeNull();
    expect(await findLiveSession(db, bystanderSession.token)).not.toBeNull();

    const pharmacist = await createStaff('pharmacist');
    const staffSession = await open(pharmacist, new Date(), true);
    await resetStaffTwoFactor({ userId: pharmacist.id }, admin, null);
    expect(await findLiveSession(db, staffSession.token)).toBeNull();
    expect(await recordOf(staffSession.sessionId)).toMatchObject({ revokedReason: 'two_factor_reset' });
  });
});

describe('signed-in devices', () => {
  it('lists open sessions newest first, marks this one, and signs out one or all others', async () => {
    const user = await createUser();
    const stranger = await createUser();
    const old = await open(user, new Date(Date.now() - 60 * MINUTE));
    const here = await open(user);
    const ended = await open(user);
    await endSession(db, ended.sessionId, 'signed_out');
    const strangers = await open(stranger);

    const devices = await listSignedInDevices(db, user, here.sessionId);
    expect(devices.map((d) => [d.id, d.thisDevice])).toEqual([[here.sessionId, true], [old.sessionId, false]]);
    expect(Object.keys(devices[0]!).sort()).toEqual(['createdAt', 'device', 'id', 'ip', 'lastSeenAt', 'thisDevice']);

    expect(await signOutDevice(db, user, strangers.sessionId)).toBe(false);
    expect(await findLiveSession(db, strangers.token)).not.toBeNull();
    expect(await signOutDevice(db, user, old.sessionId)).toBe(true);
    expect(await findLiveSession(db, old.token)).toBeNull();

    const another = await open(user);
    expect(await signOutEverywhere(db, user, here.sessionId, false)).toBe(1);
    expect(await findLiveSession(db, another.token)).toBeNull();
    expect(await findLiveSession(db, here.token)).not.toBeNull();
    expect(await signOutEverywhere(db, user, here.sessionId, true)).toBe(1);
    expect(await findLiveSession(db, here.token)).toBeNull();
    expect(await listSignedInDevices(db, user, here.sessionId)).toEqual([]);
  });
});
