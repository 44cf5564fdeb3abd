import { Agent } from 'node:https';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { db } = await import('@/db/client');
const { pushMessages, pushSubscriptions } = await import('@/db/schema');
const { generateVapidKeys } = await import('@/lib/env-vapid');
const { placeOrder } = await import('@/lib/orders/place-order');
const { performOrderStep } = await import('@/lib/admin/orders/perform-step');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { createProduct } = await import('@/test-support/factories/products');
const { checkoutKey } = await import('@/test-support/factories/orders');
const { createTestSubscription, decryptPushMessage, startFakePushService } = await import('@/test-support/fake-push-service');
const { MESSAGE_RETRY_POLICY } = await import('@/lib/outbox/retry-policy');
const { dispatchDuePush } = await import('./dispatch-push');
const { WebPushSender } = await import('./sender');
const { MAX_SUBSCRIPTIONS_PER_USER, removeSubscription, saveSubscription } = await import('./subscriptions');
const { rejectPrescription } = await import('@/lib/prescriptions/review');
const { uploadPrescription } = await import('@/lib/prescriptions/upload');
const { photo } = await import('@/test-support/factories/prescriptions');

type Fake = Awaited<ReturnType<typeof startFakePushService>>;
type Subscription = ReturnType<typeof createTestSubscription>;

let fake: Fake;
let sender: InstanceType<typeof WebPushSender>;
const vapid = generateVapidKeys();
beforeAll(async () => {
  fake = await startFakePushService();
  sender = new WebPushSender({ publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY, subject: 'mailto:pharmacy@medinest.example', timeoutMs: 3_000, agent: new Agent({ ca: fake.ca }) });
});
afterAll(() => fake.stop());
beforeEach(async () => {
  // Rows other tests left due would be claimed by this file's dispatcher runs.
  await db.update(pushMessages).set({ status: 'failed' }).where(inArray(pushMessages.status, ['pending', 'sending']));
  fake.requests.length = 0;
});

// PostgreSQL stamps next_attempt_at in microseconds; "now" from the same millisecond can be earlier.
const soon = () => new Date(Date.now() + 1_000);
const dispatch = (now = soon()) => dispatchDuePush({ now }, { db, sender });
const messagesOf = (userId: string) => db.select().from(pushMessages).where(eq(pushMessages.userId, userId)).orderBy(asc(pushMessages.createdAt));
const subscriptionRow = async (endpoint: string) => (await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)))[0];
const decrypted = (body: Buffer, subscription: Subscription) => JSON.parse(decryptPushMessage(body, subscription)) as { title: string; body: string; url: string; icon: string };

async function subscribedShopper(locale: 'en' | 'ne' = 'en') {
  const shopper = await createCustomer({ locale });
  const subscription = createTestSubscription(fake.url);
  await saveSubscription(db, shopper.id, subscription.json, { extraOrigins: [fake.url] });
  return { shopper, subscription };
}

async function codOrder(userId: string, addressId: string) {
  const product = await createProduct({ batches: [{ quantity: 10, expiryDate: '2099-12-31' }] });
  return placeOrder({ userId, addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity: 1 }] });
}

describe('push notifications through the outbox', () => {
  it('an order status change reaches the browser encrypted to its keys, VAPID-signed, and decrypts to the message in Nepali', async () => {
    const staff = await createStaff('pharmacist');
    const { shopper, subscription } = await subscribedShopper('ne');
    const order = await codOrder(shopper.id, shopper.addressId);
    const step = (input: Record<string, unknown>) => performOrderStep({ orderId: order.orderId, ...input }, staff);
    await step({ step: 'pack' });
    await step({ step: 'dispatch', courier: 'Pathao Parcel', trackingNote: 'PTH-99812' });

    // Written with the change, in the outbox, before anything is sent.
    expect(await messagesOf(shopper.id)).toMatchObject([
      { template: 'order-received', locale: 'ne', status: 'pending', url: `/orders/${order.number}` },
      { template: 'order-dispatched', locale: 'ne', status: 'pending', title: `अर्डर ${order.number} पठाइयो` },
    ]);
    expect(fake.requests).toHaveLength(0);

    expect(await dispatch()).toMatchObject({ claimed: 2, delivered: 2, failed: 0 });
    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request.path).toBe(new URL(subscription.json.endpoint).pathname);
      expect(request.headers).toMatchObject({ contentEncoding: 'aes128gcm', ttl: String(4 * 24 * 60 * 60), urgency: 'normal' });
      expect(request.vapid).toMatchObject({ valid: true, publicKey: vapid.VAPID_PUBLIC_KEY, subject: 'mailto:pharmacy@medinest.example', audience: fake.url });
    }
    const texts = fake.requests.map((request) => decrypted(request.body, subscription));
    expect(texts.map((text) => text.title).sort()).toEqual([`अर्डर ${order.number} पठाइयो`, `अर्डर ${order.number} पुष्टि भयो`].sort());
    const dispatched = texts.find((text) => text.title.includes('पठाइयो'))!;
    expect(dispatched).toEqual({ title: `अर्डर ${order.number} पठाइयो`, body: 'Pathao Parcel मार्फत आउँदैछ। PTH-99812', url: `/orders/${order.number}`, icon: '/icons/icon-192.png', tag: expect.any(String) });

    // Another browser's keys cannot read it.
    expect(() => decryptPushMessage(fake.requests[0]!.body, createTestSubscription(fake.url))).toThrow();
    expect((await messagesOf(shopper.id)).map((row) => [row.status, row.lastStatusCode])).toEqual([['sent', 201], ['sent', 201]]);
    expect(await subscriptionRow(subscription.json.endpoint)).toMatchObject({ failures: 0, lastSuccessAt: expect.any(Date) });
    expect((await dispatch()).claimed).toBe(0);
  });

  it('a prescription decision goes by push too, in English, opening the page the email links to', async () => {
    const pharmacist = await createStaff('pharmacist');
    const { shopper, subscription } = await subscribedShopper('en');
    const rx = await uploadPrescription({ userId: shopper.id, bytes: await photo() });
    await rejectPrescription({ prescriptionId: rx.id, reason: 'unreadable', detail: 'The photo is blurred; please take it again in daylight.' }, { id: pharmacist.id, role: 'pharmacist' });
    expect(await dispatch()).toMatchObject({ delivered: 1 });
    const message = decrypted(fake.requests[0]!.body, subscription);
    expect(message).toMatchObject({ title: 'Prescription not accepted', body: 'The prescription could not be read. The photo is blurred; please take it again in daylight.', url: '/prescriptions/new' });
  });

  it('a push service answering 410 deletes the subscription: the message is given up on and no later update is written', async () => {
    const { shopper, subscription } = await subscribedShopper();
    fake.respondTo(new URL(subscription.json.endpoint).pathname, 410);
    await codOrder(shopper.id, shopper.addressId);
    expect(await dispatch()).toMatchObject({ claimed: 1, delivered: 0, failed: 1, subscriptionsRemoved: 1 });
    expect(fake.requests.map((request) => request.answeredStatus)).toEqual([410]);
    expect(await subscriptionRow(subscription.json.endpoint)).toBeUndefined();
    expect(await messagesOf(shopper.id)).toMatchObject([{ status: 'failed', lastStatusCode: 410, subscriptionId: null }]);

    await codOrder(shopper.id, shopper.addressId);
    expect(await messagesOf(shopper.id)).toHaveLength(1);
  });

  it('after opting out nothing is sent: neither a message written before nor one after', async () => {
    const { shopper, subscription } = await subscribedShopper();
    await codOrder(shopper.id, shopper.addressId);
    expect(await removeSubscription(db, shopper.id, subscription.json.endpoint)).toBe(true);
    await codOrder(shopper.id, shopper.addressId);

    expect(await dispatch()).toMatchObject({ claimed: 1, delivered: 0, failed: 1 });
    expect(fake.requests).toHaveLength(0);
    expect(await messagesOf(shopper.id)).toMatchObject([{ status: 'failed', lastError: 'The browser unsubscribed before it was sent.' }]);
  });

  it('retries a push service outage with the email backoff, counts the failures, and gives up after the last attempt', async () => {
    const { shopper, subscription } = await subscribedShopper();
    const path = new URL(subscription.json.endpoint).pathname;
    fake.respondTo(path, 503);
    await codOrder(shopper.id, shopper.addressId);
    let now = soon();
    for (let attempt = 1; attempt <= MESSAGE_RETRY_POLICY.maxAttempts; attempt++) {
      expect((await dispatch(now)).claimed).toBe(1);
      const [row] = await messagesOf(shopper.id);
      expect(row).toMatchObject({ attempts: attempt, lastStatusCode: 503, status: attempt < MESSAGE_RETRY_POLICY.maxAttempts ? 'pending' : 'failed' });
      if (attempt < MESSAGE_RETRY_POLICY.maxAttempts) {
        expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + MESSAGE_RETRY_POLICY.delayMs(attempt));
        now = row!.nextAttemptAt;
      }
    }
    expect(await subscriptionRow(subscription.json.endpoint)).toMatchObject({ failures: MESSAGE_RETRY_POLICY.maxAttempts });
    fake.respondTo(path, null);

    // Once the service is back, the next update goes and the failure count starts again.
    await codOrder(shopper.id, shopper.addressId);
    expect(await dispatch()).toMatchObject({ delivered: 1 });
    expect(await subscriptionRow(subscription.json.endpoint)).toMatchObject({ failures: 0 });
  });
});

describe('push subscriptions', () => {
  it('a second shopper can neither delete nor take over another shopper’s subscription by its endpoint', async () => {
    const { shopper, subscription } = await subscribedShopper();
    const stranger = await createCustomer();
    expect(await removeSubscription(db, stranger.id, subscription.json.endpoint)).toBe(false);
    const forged = { ...subscription.json, keys: createTestSubscription(fake.url).json.keys };
    await expect(saveSubscription(db, stranger.id, forged, { extraOrigins: [fake.url] })).rejects.toThrow(/another account/);
    expect(await subscriptionRow(subscription.json.endpoint)).toMatchObject({ userId: shopper.id, p256dh: subscription.json.keys.p256dh });

    // The same browser (same auth secret), signed in as someone else now: the subscription follows the account.
    await saveSubscription(db, stranger.id, subscription.json, { extraOrigins: [fake.url] });
    expect(await subscriptionRow(subscription.json.endpoint)).toMatchObject({ userId: stranger.id });
    expect(await removeSubscription(db, shopper.id, subscription.json.endpoint)).toBe(false);
  });

  it('keeps at most ten browsers per shopper: a new one replaces the longest-standing', async () => {
    const shopper = await createCustomer();
    const endpoints: string[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS_PER_USER; i++) {
      const subscription = createTestSubscription(fake.url);
      endpoints.push(subscription.json.endpoint);
      await saveSubscription(db, shopper.id, subscription.json, { extraOrigins: [fake.url] });
    }
    const kept = await db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, shopper.id));
    expect(kept.map((row) => row.endpoint).sort()).toEqual(endpoints.slice(1).sort());
  });

  it('refuses an endpoint at a push service the shop does not send to', async () => {
    const shopper = await createCustomer();
    const subscription = createTestSubscription('https://push.attacker.example');
    await expect(saveSubscription(db, shopper.id, subscription.json, { extraOrigins: [fake.url] })).rejects.toThrow(/push service/);
    await expect(saveSubscription(db, shopper.id, createTestSubscription('https://10.0.0.5:8443').json, { extraOrigins: [] })).rejects.toThrow(/push service/);
    await saveSubscription(db, shopper.id, { ...subscription.json, endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def' }, { extraOrigins: [] });
    expect(await subscriptionRow('https://fcm.googleapis.com/fcm/send/abc:def')).toMatchObject({ userId: shopper.id });
  });
});
