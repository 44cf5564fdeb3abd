import { desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Client addresses from X-Forwarded-For, so each test has its own per-address limits.
vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1' }));
// `after()` needs the request scope Next gives route handlers. Dropped here: sending would blank the
// code in the outbox, where this test reads it as the phone would (dispatch is tested in lib/notifications/sms).
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: () => {} }));

const { db } = await import('@/db/client');
const { smsMessages } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiSignIn } = await import('@/test-support/api-session');
const { uniqueIp } = await import('@/test-support/auth');
const { createCustomer } = await import('@/test-support/factories/users');

let numbers = 0;
const uniquePhone = () => `97${String(Date.now() % 1e6).padStart(6, '0')}${String(numbers++ % 100).padStart(2, '0')}`;

async function unverifiedApiShopper() {
  const shopper = await createCustomer({ phone: uniquePhone(), phoneUnverified: true });
  return { ...shopper, ...(await apiSignIn(shopper)) };
}
const codeSentTo = async (userId: string) => {
  const [sms] = await db.select({ text: smsMessages.text }).from(smsMessages).where(eq(smsMessages.userId, userId)).orderBy(desc(smsMessages.createdAt)).limit(1);
  return /\b(\d{6})\b/.exec(sms!.text)?.[1];
};

describe('API phone verification', () => {
  it('sends a code by SMS, refuses a wrong one with the tries left, and verifies with the right one', async () => {
    const shopper = await unverifiedApiShopper();
    const ip = uniqueIp();
    const sent = await call('POST', '/me/phone/code', {}, { token: shopper.accessToken, ip });
    expect(sent.status).toBe(202);
    expect(await sent.json()).toEqual({ phone: expect.stringMatching(/^97\d{8}$/), verified: false });
    const code = await codeSentTo(shopper.id);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await call('POST', '/me/phone/verify', {}, { token: shopper.accessToken, ip, json: { code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { detail: string }).detail).toMatch(/2 tries left/);

    const right = await call('POST', '/me/phone/verify', {}, { token: shopper.accessToken, ip, json: { code } });
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ verified: true });
    const again = await call('POST', '/me/phone/code', {}, { token: shopper.accessToken, ip });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ verified: true });
  });

  it('another shopper cannot use a code sent to someone else', async () => {
    const owner = await unverifiedApiShopper();
    const other = await unverifiedApiShopper();
    await call('POST', '/me/phone/code', {}, { token: owner.accessToken, ip: uniqueIp() });
    await call('POST', '/me/phone/code', {}, { token: other.accessToken, ip: uniqueIp() });
    const ownersCode = (await codeSentTo(owner.id))!;
    const othersCode = await codeSentTo(other.id);
    if (ownersCode === othersCode) return; // one in a million: the same six digits
    const stolen = await call('POST', '/me/phone/verify', {}, { token: other.accessToken, ip: uniqueIp(), json: { code: ownersCode } });
    expect(stolen.status).toBe(422);
  });
});
