import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Client addresses from X-Forwarded-For, so each test has its own per-address limits.
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1' }));

const { db } = await import('@/db/client');
const { sessions, users, apiRefreshTokens } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiCustomer, apiSignIn } = await import('@/test-support/api-session');
const { uniqueIp, auditActionsFor } = await import('@/test-support/auth');
const { createCustomer, createStaff, createUser, TEST_PASSWORD } = await import('@/test-support/factories/users');
const { uniqueEmail } = await import('@/test-support/factories/unique');
const { signAccessToken, accessTokenKey } = await import('@/lib/api/tokens/access-token');
const { env } = await import('@/lib/env');
const { encryptSecret, generateTotpSecret } = await import('@/lib/auth/totp');
const { Secret, TOTP } = await import('otpauth');

const me = (token: string) => call('GET', '/me', {}, { token });
const refresh = (refreshToken: string) => call('POST', '/auth/refresh', {}, { json: { refreshToken }, ip: uniqueIp() });

describe('API sign-up', () => {
  it('answers the same 202 for a new and an already registered email, and signs nobody in', async () => {
    const taken = await createCustomer();
    const ip = uniqueIp();
    const body = (email: string) => ({ name: 'Sita Sharma', email, phone: '9841234567', password: 'Unusual-Pass-Phrase-42' });
    const fresh = await call('POST', '/auth/sign-up', {}, { json: body(uniqueEmail('api')), ip });
    const existing = await call('POST', '/auth/sign-up', {}, { json: body(taken.email), ip });
    expect(fresh.status).toBe(202);
    expect(existing.status).toBe(202);
    expect(await fresh.json()).toEqual(await existing.json());
    expect(fresh.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a common password and a bad phone with 400 problem+json naming the fields', async () => {
    const response = await call('POST', '/auth/sign-up', {}, { json: { name: 'A', email: uniqueEmail('api'), phone: '123', password: 'password' }, ip: uniqueIp() });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors).sort()).toEqual(['password', 'phone']);
  });
});

describe('API sign-in', () => {
  it('issues a 15-minute access token and a refresh token that /me accepts', async () => {
    const customer = await createCustomer();
    const tokens = await apiSignIn(customer);
    expect(tokens.expiresIn).toBe(900);
    expect(tokens.tokenType).toBe('Bearer');
    const response = await me(tokens.accessToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: customer.id, email: customer.email, name: customer.name, phone: '9841000000', role: 'customer' });
  });

  it('answers a wrong password, an unknown email and a disabled account alike (401)', async () => {
    const customer = await createCustomer();
    const disabled = await createCustomer({ disabled: true });
    const answers = await Promise.all(
      [
        { email: customer.email, password: 'Wrong-Password-1' },
        { email: uniqueEmail('nobody'), password: TEST_PASSWORD },
        { email: disabled.email, password: TEST_PASSWORD },
      ].map(async (json) => {
        const response = await call('POST', '/auth/token', {}, { json, ip: uniqueIp() });
        return { status: response.status, detail: ((await response.json()) as { detail: string }).detail };
      }),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.status).toBe(401);
  });

  it('locks an address after five failures, like the sign-in page, even for the right password', async () => {
    const customer = await createCustomer();
    const ip = uniqueIp();
    for (let i = 0; i < 5; i += 1) await call('POST', '/auth/token', {}, { json: { email: customer.email, password: `Wrong-${i}-password` }, ip });
    const locked = await call('POST', '/auth/token', {}, { json: { email: customer.email, password: TEST_PASSWORD }, ip });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a staff account without two-factor set up with 403, and asks one with two-factor for its code', async () => {
    const unenrolled = await createUser({ role: 'pharmacist' });
    const response = await call('POST', '/auth/token', {}, { json: { email: unenrolled.email, password: TEST_PASSWORD }, ip: uniqueIp() });
    expect(response.status).toBe(403);
    expect(await auditActionsFor(unenrolled.id)).toContain('auth.api_staff_refused');
    const pharmacist = await createStaff('pharmacist');
    const withoutCode = await call('POST', '/auth/token', {}, { json: { email: pharmacist.email, password: TEST_PASSWORD }, ip: uniqueIp() });
    expect(withoutCode.status).toBe(401);
  });

  it('asks an account with two-factor for its code, refuses a wrong one and issues tokens for the right one', async () => {
    const customer = await createUser();
    const secret = generateTotpSecret();
    await db.update(users).set({ totpEnabledAt: new Date(), totpSecretEncrypted: encryptSecret(secret, env.TOTP_ENCRYPTION_KEY) }).where(eq(users.id, customer.id));
    const signIn = (code?: string) => call('POST', '/auth/token', {}, { json: { email: customer.email, password: TEST_PASSWORD, code }, ip: uniqueIp() });
    const withoutCode = await signIn();
    expect(withoutCode.status).toBe(401);
    expect(((await withoutCode.json()) as { errors: object }).errors).toHaveProperty('code');
    const current = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
    expect((await signIn(current === '000000' ? '111111' : '000000')).status).toBe(401);
    const right = await signIn(current);
    expect(right.status).toBe(200);
    expect((await me(((await right.json()) as { accessToken: string }).accessToken)).status).toBe(200);
  });
});

describe('API access tokens', () => {
  it('refuses forged, expired, malformed and alg:none tokens with 401 and a Bearer challenge', async () => {
    const customer = await apiCustomer();
    const [header, payload] = customer.accessToken.split('.');
    const key = accessTokenKey(env.AUTH_SECRET);
    const expired = await signAccessToken(key, { userId: customer.id, sessionId: (await sessionsOf(customer.id))[0]! }, new Date(Date.now() - 16 * 60_000));
    const otherKey = await signAccessToken(accessTokenKey('another-secret-another-secret-another'), { userId: customer.id, sessionId: (await sessionsOf(customer.id))[0]! });
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${customer.accessToken.split('.')[2]}`;
    for (const token of [expired, otherKey, none, tampered, 'not-a-token', customer.refreshToken]) {
      const response = await me(token);
      expect(response.status, token).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    const malformedHeader = await call('GET', '/me', {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(malformedHeader.status).toBe(401);
  });

  it('stops working at once when the user is disabled', async () => {
    const customer = await apiCustomer();
    expect((await me(customer.accessToken)).status).toBe(200);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, customer.id));
    expect((await me(customer.accessToken)).status).toBe(401);
    expect((await refresh(customer.refreshToken)).status).toBe(401);
  });

  it('stops working after sign-out, and so does the refresh token', async () => {
    const customer = await apiCustomer();
    expect((await call('POST', '/auth/sign-out', {}, { token: customer.accessToken })).status).toBe(204);
    expect((await me(customer.accessToken)).status).toBe(401);
    expect((await refresh(customer.refreshToken)).status).toBe(401);
  });
});

describe('API refresh tokens', () => {
  it('rotates: each refresh token works once and gives a new pair', async () => {
    const customer = await apiCustomer();
    const first = await refresh(customer.refreshToken);
    expect(first.status).toBe(200);
    const next = (await first.json()) as { accessToken: string; refreshToken: string };
    expect(next.refreshToken).not.toBe(customer.refreshToken);
    expect((await me(next.accessToken)).status).toBe(200);
    const [stored] = await db.select({ hash: apiRefreshTokens.tokenHash }).from(apiRefreshTokens).limit(1);
    expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const customer = await apiCustomer();
    const rotated = (await (await refresh(customer.refreshToken)).json()) as { accessToken: string; refreshToken: string };
    // The old token again: a stolen copy. Both the thief's and the owner's tokens stop.
    const reuse = await refresh(customer.refreshToken);
    expect(reuse.status).toBe(401);
    expect(((await reuse.json()) as { detail: string }).detail).toMatch(/already used/);
    expect((await me(rotated.accessToken)).status).toBe(401);
    expect((await refresh(rotated.refreshToken)).status).toBe(401);
    const [session] = await db.select({ reason: sessions.revokedReason }).from(sessions).where(eq(sessions.userId, customer.id));
    expect(session!.reason).toBe('refresh_token_reused');
    expect(await auditActionsFor(customer.id)).toContain('auth.api_refresh_token_reused');
  });

  it('lets exactly one of two concurrent uses of one refresh token win', async () => {
    const customer = await apiCustomer();
    const statuses = (await Promise.all([refresh(customer.refreshToken), refresh(customer.refreshToken)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401]);
  });

  it('refuses an unknown or malformed refresh token with 401, a missing one with 400', async () => {
    expect((await refresh(`mnr_${'A'.repeat(43)}`)).status).toBe(401);
    expect((await refresh('garbage')).status).toBe(401);
    expect((await call('POST', '/auth/refresh', {}, { json: {}, ip: uniqueIp() })).status).toBe(400);
  });
});

async function sessionsOf(userId: string): Promise<string[]> {
  return (await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).map((r) => r.id);
}
