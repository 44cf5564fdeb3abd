import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createTestSubscription, decryptPushMessage, readFakePushRequests, type ReceivedPush, type TestSubscription } from '@/test-support/fake-push-service';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Web Push on the production build: a shopper turns notifications on at /account, a pharmacist
 * dispatches the order, the outbox sends it through the real web-push library to the local push
 * service (test-support/fake-push-service.ts), and the message decrypts (RFC 8291) to the right
 * words; the real service worker shows it. Headless Chromium has no push service of its own
 * (Chrome's is FCM, out of reach here), so the page's PushManager.subscribe is wrapped: it still
 * calls the real one (its outcome is logged), then hands back a subscription this test made,
 * pointing at the local push service, whose private key the test keeps.
 */
test.describe.configure({ mode: 'serial' });

const database = connectE2eDatabase();
const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots', 'push');
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 800 };

const pushCa = () => readFileSync(e2eState().fakePushCaFile, 'utf8');
const pathOf = (subscription: TestSubscription) => new URL(subscription.json.endpoint).pathname;

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
}

/** A shopper's browser with notifications allowed, whose PushManager hands out `subscription`. */
async function shopperBrowser(browser: Browser, subscription: TestSubscription) {
  const { context, page } = await newVisitor(browser, { viewport: PHONE });
  await context.grantPermissions(['notifications']);
  await context.addInitScript((json) => {
    const base64url = (buffer: ArrayBuffer | ArrayBufferView) =>
      btoa(String.fromCharCode(...new Uint8Array(buffer instanceof ArrayBuffer ? buffer : buffer.buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const bytes = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
    const seen = window as unknown as Record<string, unknown>;
    let current: unknown = null;
    const real = PushManager.prototype.subscribe;
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      seen.pushSubscribeKey = options?.applicationServerKey ? base64url(options.applicationServerKey as ArrayBuffer) : null;
      try {
        await Promise.race([real.call(this, options), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 5 s')), 5_000))]);
        seen.realSubscribe = 'subscribed';
      } catch (error) {
        seen.realSubscribe = `${(error as Error).name}: ${(error as Error).message}`;
      }
      current = {
        endpoint: json.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: options?.applicationServerKey ?? null },
        getKey: (name: 'p256dh' | 'auth') => bytes(json.keys[name]),
        toJSON: () => json,
        unsubscribe: async () => {
          current = null;
          return true;
        },
      };
      return current as PushSubscription;
    };
    PushManager.prototype.getSubscription = async () => current as PushSubscription | null;
  }, subscription.json);
  return { context, page };
}

/** Waits until public/sw.js controls the page. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/);
}

async function dispatchOutbox(page: Page) {
  const response = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(response.status()).toBe(200);
}

/** The pushes the local service received for a subscription, once the outbox has been dispatched. */
async function pushesTo(page: Page, subscription: TestSubscription, count: number): Promise<ReceivedPush[]> {
  let found: ReceivedPush[] = [];
  await expect
    .poll(async () => {
      await dispatchOutbox(page);
      found = (await readFakePushRequests(e2eState().fakePushUrl, pushCa())).filter((request) => request.path === pathOf(subscription));
      return found.length;
    })
    .toBeGreaterThanOrEqual(count);
  return found;
}

let pharmacist: Page;
test.beforeAll(async ({ browser }) => {
  ({ page: pharmacist } = await newVisitor(browser));
  await signInNewStaff(pharmacist, await createStaff('pharmacist', { twoFactor: false }));
});

test('turn notifications on at the account page, and a dispatched order reaches the push service, decrypts to the right words and shows', async ({ browser }) => {
  test.setTimeout(180_000);
  const shopper = await createCustomer();
  const product = await createProduct({ batches: [] });
  const { number } = await createOrderRow({ userId: shopper.id, product, quantity: 1 });
  const subscription = createTestSubscription(e2eState().fakePushUrl);
  const { context, page } = await shopperBrowser(browser, subscription);

  await signIn(page, shopper, { next: '/account' });
  await controlledByServiceWorker(page);
  const push = page.getByTestId('push-notifications');
  // Past "checking": the component has hydrated and asked the browser.
  await expect(push).toHaveAttribute('data-state', 'off');
  await screenshot(page, 'account-off');
  await push.getByRole('button', { name: 'Turn on notifications' }).click();
  await expect(push.getByRole('status')).toContainText('Notifications are on in this browser.');
  await expect(push).toHaveAttribute('data-state', 'on');
  await screenshot(page, 'account-on');
  expect(await page.evaluate(() => (window as unknown as { pushSubscribeKey: string }).pushSubscribeKey)).toBe(e2eState().vapidPublicKey);
  console.log(`Chromium's own PushManager.subscribe here: ${await page.evaluate(() => String((window as unknown as { realSubscribe?: string }).realSubscribe))}`);
  const stored = await database.sql<{ user_id: string }[]>`select user_id from push_subscriptions where endpoint = ${subscription.json.endpoint}`;
  expect(stored.map((row) => row.user_id)).toEqual([shopper.id]);

  // The pharmacist packs and dispatches it in the back office.
  await pharmacist.goto(`/admin/orders/${number}`);
  const steps = pharmacist.getByTestId('order-steps');
  await steps.locator('[data-step="pack"]').getByRole('button', { name: 'Mark packed' }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Packed');
  const dispatch = steps.locator('[data-step="dispatch"]');
  await dispatch.getByLabel('Courier').fill('Pathao Parcel');
  await dispatch.getByLabel('Tracking note').fill('PTH-4471');
  await dispatch.getByRole('button', { name: 'Dispatch' }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Dispatched');

  const [received] = await pushesTo(page, subscription, 1);
  expect(received!.vapid).toMatchObject({ valid: true, publicKey: e2eState().vapidPublicKey, subject: 'mailto:e2e@medinest.example' });
  expect(received!.headers.contentEncoding).toBe('aes128gcm');
  const message = JSON.parse(decryptPushMessage(received!.body, subscription)) as { title: string; body: string; url: string; icon: string; tag: string };
  expect(message).toMatchObject({ title: `Order ${number} is on the way`, body: 'With Pathao Parcel. PTH-4471', url: `/orders/${number}`, icon: '/icons/icon-192.png' });

  // The real service worker gets the same message (as Chromium's DevTools push does) and shows it.
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((registration) => !registration.isDeleted && registration.scopeURL === new URL('/', page.url()).href);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: new URL(page.url()).origin, registrationId: await registrationId, data: JSON.stringify(message) });
  await expect
    .poll(() => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, url: (n.data as { url?: string }).url }))))
    .toEqual([{ title: `Order ${number} is on the way`, body: 'With Pathao Parcel. PTH-4471', url: `/orders/${number}` }]);

  // Off again: the server forgets the browser, and the delivery sends nothing.
  await push.getByRole('button', { name: 'Turn off notifications' }).click();
  await expect(push).toHaveAttribute('data-state', 'off');
  expect(await database.sql`select 1 from push_subscriptions where endpoint = ${subscription.json.endpoint}`).toHaveLength(0);
  await steps.locator('[data-step="deliver"]').getByRole('button', { name: /Mark delivered/ }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Delivered');
  await dispatchOutbox(page);
  expect((await readFakePushRequests(e2eState().fakePushUrl, pushCa())).filter((request) => request.path === pathOf(subscription))).toHaveLength(1);
  expect(await database.sql`select 1 from push_messages where user_id = ${shopper.id} and template = 'order-delivered'`).toHaveLength(0);
  await context.close();
});

test('the subscription route refuses another site, a signed-out caller, and another shopper', async ({ browser }) => {
  const owner = await createCustomer();
  const subscription = createTestSubscription(e2eState().fakePushUrl);
  const { context, page } = await newVisitor(browser);
  await signIn(page, owner, { next: '/account' });
  // Playwright's requests carry no Origin of their own; the browser's would name the shop.
  const shop = new URL(page.url()).origin;
  const post = (origin = shop) => page.request.post('/api/push/subscriptions', { data: subscription.json, headers: { origin } });
  expect((await post('https://evil.example')).status()).toBe(403);
  expect(await database.sql`select 1 from push_subscriptions where endpoint = ${subscription.json.endpoint}`).toHaveLength(0);
  expect((await post()).status()).toBe(201);

  const { context: strangerContext, page: stranger } = await newVisitor(browser);
  await signIn(stranger, await createCustomer(), { next: '/account' });
  expect((await stranger.request.delete('/api/push/subscriptions', { data: { endpoint: subscription.json.endpoint }, headers: { origin: shop } })).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.post(new URL('/api/push/subscriptions', page.url()).href, { data: subscription.json })).status()).toBe(401);
  await anonymous.close();
  expect(await database.sql<{ user_id: string }[]>`select user_id from push_subscriptions where endpoint = ${subscription.json.endpoint}`).toEqual([{ user_id: owner.id }]);
  await strangerContext.close();
  await context.close();
});
