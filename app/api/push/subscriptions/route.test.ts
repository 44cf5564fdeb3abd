import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { pushSubscriptions } from '@/db/schema';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createTestSubscription } from '@/test-support/fake-push-service';
import { createCustomer } from '@/test-support/factories/users';
import { DELETE, POST } from './route';

// The session cookie is the one thing a test cannot make; the user is then loaded for real.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));

const URL_BASE = 'http://localhost/api/push/subscriptions';
const call = (handler: typeof POST, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  handler(new Request(URL_BASE, { method: handler === POST ? 'POST' : 'DELETE', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }));
// FCM's address, which the shop accepts; nothing is sent to it here.
const browserSubscription = () => ({ ...createTestSubscription('https://x').json, endpoint: `https://fcm.googleapis.com/fcm/send/${randomUUID()}` });
const rowOf = async (endpoint: string) => (await db.select({ userId: pushSubscriptions.userId }).from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)))[0];

describe('/api/push/subscriptions', () => {
  it('answers 401 without a session and stores nothing', async () => {
    signInAs(null);
    const subscription = browserSubscription();
    expect((await call(POST, subscription)).status).toBe(401);
    expect((await call(DELETE, { endpoint: subscription.endpoint })).status).toBe(401);
    expect(await rowOf(subscription.endpoint)).toBeUndefined();
  });

  it('saves the signed-in shopper’s subscription, never cacheable, and saving it again is fine', async () => {
    const shopper = await createCustomer();
    signInAs(shopper);
    const subscription = browserSubscription();
    const response = await call(POST, subscription);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect((await call(POST, subscription)).status).toBe(201);
    expect(await rowOf(subscription.endpoint)).toEqual({ userId: shopper.id });
  });

  it('refuses what is not a push subscription: http, wrong key sizes, control characters, oversized, not JSON', async () => {
    signInAs(await createCustomer());
    const good = browserSubscription();
    const refused = [
      { ...good, endpoint: good.endpoint.replace('https:', 'http:') },
      { ...good, endpoint: 'https://user:pass@fcm.googleapis.com/fcm/send/x' },
      { ...good, endpoint: `https://fcm.googleapis.com/${'a'.repeat(1000)}` },
      { ...good, keys: { ...good.keys, p256dh: Buffer.alloc(65, 1).toString('base64url') } },
      { ...good, keys: { ...good.keys, auth: Buffer.alloc(32).toString('base64url') } },
      { ...good, endpoint: `${good.endpoint}\u0000` },
      { endpoint: good.endpoint },
    ];
    for (const body of refused) expect((await call(POST, body)).status, JSON.stringify(body).slice(0, 120)).toBe(400);
    expect((await call(POST, { ...good, padding: 'x'.repeat(3000) })).status).toBe(413);
    expect((await call(POST, 'endpoint=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call(POST, { ...good, endpoint: 'https://push.attacker.example/x' })).status).toBe(409);
    expect(await rowOf(good.endpoint)).toBeUndefined();
  });

  it('a second shopper can neither delete nor take another’s subscription; the owner deletes their own', async () => {
    const owner = await createCustomer();
    const stranger = await createCustomer();
    const subscription = browserSubscription();
    signInAs(owner);
    expect((await call(POST, subscription)).status).toBe(201);

    signInAs(stranger);
    expect((await call(DELETE, { endpoint: subscription.endpoint })).status).toBe(404);
    const forged = { ...subscription, keys: browserSubscription().keys };
    const taken = await call(POST, forged);
    expect(taken.status).toBe(409);
    expect(JSON.stringify(await taken.json())).not.toContain(owner.email);
    expect(await rowOf(subscription.endpoint)).toEqual({ userId: owner.id });

    signInAs(owner);
    const removed = await call(DELETE, { endpoint: subscription.endpoint });
    expect(removed.status).toBe(200);
    expect(await rowOf(subscription.endpoint)).toBeUndefined();
    expect((await call(DELETE, { endpoint: subscription.endpoint })).status).toBe(404);
  });

  it('names every answer with a code the account page words in the shopper’s language, keeping the English message', async () => {
    const codeOf = async (response: Response) => ((await response.json()) as { code: string; message: string });
    signInAs(null);
    expect(await codeOf(await call(POST, browserSubscription()))).toEqual({ ok: false, code: 'sign_in', message: 'Please sign in.' });

    signInAs(await createCustomer());
    const subscription = browserSubscription();
    expect(await codeOf(await call(POST, { endpoint: subscription.endpoint }))).toMatchObject({ code: 'not_a_subscription', message: 'This is not a push subscription.' });
    expect(await codeOf(await call(POST, 'not json', { 'content-type': 'application/json' }))).toMatchObject({ code: 'not_a_subscription' });
    expect(await codeOf(await call(POST, { ...subscription, endpoint: 'https://push.attacker.example/x' }))).toMatchObject({ code: 'unknown_service', message: 'This browser’s push service is not one the shop sends to.' });
    expect(await codeOf(await call(POST, subscription))).toEqual({ ok: true, code: 'on', message: 'Notifications are on in this browser.' });
    expect(await codeOf(await call(DELETE, { endpoint: subscription.endpoint }))).toEqual({ ok: true, code: 'off', message: 'Notifications are off in this browser.' });
    expect(await codeOf(await call(DELETE, { endpoint: subscription.endpoint }))).toEqual({ ok: false, code: 'not_subscribed', message: 'Notifications were not on in this browser.' });

    const owner = await createCustomer();
    const taken = browserSubscription();
    signInAs(owner);
    await call(POST, taken);
    signInAs(await createCustomer());
    expect(await codeOf(await call(POST, { ...taken, keys: browserSubscription().keys }))).toMatchObject({ code: 'taken' });
  });
});
