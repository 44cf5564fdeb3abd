import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { createUser as createTestUser } from '@/test-support/factories/users';
import { sessionUser } from './current-user';
import { passwordFingerprint } from './password-fingerprint';
import { readSessionClaims } from './session-token';
import { currentPasswordHash } from './user-record';

// Real session cookies, sealed the way next-auth seals them at sign-in, read back through auth().
describe('the session through next-auth auth()', () => {
  const COOKIE = 'authjs.session-token';
  async function cookieFor(claims: Record<string, unknown>, secret = env.AUTH_SECRET): Promise<string> {
    return `${COOKIE}=${await encode({ token: claims, secret, salt: COOKIE, maxAge: 60 })}`;
  }
  const headersWith = (cookie: string) => new Headers({ cookie, host: 'shop.test', 'x-forwarded-proto': 'http' });

  it('reads the user id, the two-factor flag and the password fingerprint from a signed session', async () => {
    const user = await createTestUser();
    const fingerprint = passwordFingerprint((await currentPasswordHash(db, user.id))!);
    const claims = await readSessionClaims(headersWith(await cookieFor({ sub: user.id, twoFactorVerified: true, passwordFingerprint: fingerprint })));
    expect(claims).toEqual({ userId: user.id, twoFactorVerified: true, passwordFingerprint: fingerprint });
    expect((await sessionUser(claims)).user?.id).toBe(user.id);
  });

  it('ignores a missing, forged or foreign session', async () => {
    const user = await createTestUser();
    expect(await readSessionClaims(headersWith(''))).toBeNull();
    expect(await readSessionClaims(headersWith(`${COOKIE}=not-a-token`))).toBeNull();
    expect(await readSessionClaims(headersWith(await cookieFor({ sub: user.id }, 'z'.repeat(40))))).toBeNull();
    expect(await readSessionClaims(headersWith(`other-${await cookieFor({ sub: user.id })}`))).toBeNull();
  });

  it('re-reads the user every time: a disabled user is out, a new role counts, a new password ends it', async () => {
    const user = await createTestUser();
    const claims = { userId: user.id, twoFactorVerified: true, passwordFingerprint: passwordFingerprint((await currentPasswordHash(db, user.id))!) };
    await db.update(users).set({ role: 'pharmacist' }).where(eq(users.id, user.id));
    expect((await sessionUser(claims)).user?.role).toBe('pharmacist');
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await sessionUser(claims)).toEqual({ user: null, twoFactorVerified: false });
    await db.update(users).set({ disabledAt: null, passwordHash: 'changed' }).where(eq(users.id, user.id));
    expect((await sessionUser(claims)).user).toBeNull();
  });

  it('keeps the fingerprint out of what /api/auth/session shows the browser', async () => {
    const user = await createTestUser();
    const fingerprint = passwordFingerprint((await currentPasswordHash(db, user.id))!);
    const { GET } = await import('@/app/api/auth/[...nextauth]/route');
    const request = new NextRequest('http://shop.test/api/auth/session', { headers: headersWith(await cookieFor({ sub: user.id, email: user.email, twoFactorVerified: false, passwordFingerprint: fingerprint })) });
    const response = await GET(request);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ user: { id: user.id, email: user.email }, twoFactorVerified: false });
    expect(body).not.toContain(fingerprint);
    expect(body).not.toContain('passwordFingerprint');
  });
});
