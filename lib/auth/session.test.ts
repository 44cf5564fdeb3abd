import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { createUser as createTestUser } from '@/test-support/factories/users';
import { sessionUser } from './current-user';
import { readSessionClaims } from './session-token';
import { endSession, startSession } from './sessions/store';

// Real session cookies, sealed the way next-auth seals them at sign-in, read back through auth().
describe('the session through next-auth auth()', () => {
  const COOKIE = 'authjs.session-token';
  async function cookieFor(claims: Record<string, unknown>, secret = env.AUTH_SECRET): Promise<string> {
    return `${COOKIE}=${await encode({ token: claims, secret, salt: COOKIE, maxAge: 60 })}`;
  }
  const headersWith = (cookie: string) => new Headers({ cookie, host: 'shop.test', 'x-forwarded-proto': 'http' });
  const openFor = (user: { id: string }, twoFactorVerified = false) => startSession(db, { userId: user.id, role: 'customer', twoFactorVerified, ip: null, userAgent: null });

  it('reads the session token from a signed cookie; the record says who and whether two-factor was verified', async () => {
    const user = await createTestUser();
    const { token, sessionId } = await openFor(user, true);
    const claims = await readSessionClaims(headersWith(await cookieFor({ sid: token })));
    expect(claims).toEqual({ sessionToken: token });
    expect(await sessionUser(claims)).toMatchObject({ user: { id: user.id }, twoFactorVerified: true, sessionId });
  });

  it('ignores a missing, forged or foreign session, and an old cookie that names only a user', async () => {
    const user = await createTestUser();
    const { token } = await openFor(user);
    expect(await readSessionClaims(headersWith(''))).toBeNull();
    expect(await readSessionClaims(headersWith(`${COOKIE}=not-a-token`))).toBeNull();
    expect(await readSessionClaims(headersWith(await cookieFor({ sid: token }, 'z'.repeat(40))))).toBeNull();
    expect(await readSessionClaims(headersWith(`other-${await cookieFor({ sid: token })}`))).toBeNull();
    expect(await readSessionClaims(headersWith(await cookieFor({ sub: user.id, twoFactorVerified: true })))).toBeNull();
  });

  it('re-reads the user every time: a new role counts, a disabled user is out, an ended session is out', async () => {
    const user = await createTestUser();
    const { token, sessionId } = await openFor(user);
    const claims = { sessionToken: token };
    await db.update(users).set({ role: 'pharmacist' }).where(eq(users.id, user.id));
    expect((await sessionUser(claims)).user?.role).toBe('pharmacist');
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await sessionUser(claims)).user).toBeNull();
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, user.id));
    expect((await sessionUser(claims)).user?.id).toBe(user.id);
    await endSession(db, sessionId, 'signed_out');
    expect(await sessionUser(claims)).toEqual({ user: null, twoFactorVerified: false, sessionId: null, expiresAt: null });
  });

  it('/api/auth/session shows who is signed in from the record, never renews, and clears an ended session', async () => {
    const user = await createTestUser();
    const { token, sessionId, expiresAt } = await openFor(user);
    const { GET } = await import('@/app/api/auth/[...nextauth]/route');
    const cookie = await cookieFor({ sid: token });
    const ask = () => GET(new NextRequest('http://shop.test/api/auth/session', { headers: headersWith(cookie) }));
    const response = await ask();
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ user: { id: user.id, name: user.name, email: user.email }, expires: expiresAt.toISOString(), twoFactorVerified: false });
    expect(body).not.toContain(token);

    await endSession(db, sessionId, 'signed_out');
    const after = await ask();
    expect(await after.json()).toBeNull();
    expect(after.headers.get('set-cookie')).toMatch(/^authjs\.session-token=; Path=\/; Max-Age=0/);
  });
});
