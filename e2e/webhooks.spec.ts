import { expect, test, type APIRequestContext } from '@playwright/test';
import { createCustomer, createStaff, TEST_PASSWORD } from '@/test-support/factories/users';
import { createProduct } from '@/test-support/factories/products';
import { startWebhookReceiver, type WebhookReceiver } from '@/test-support/webhook-receiver';
import { signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { horizontalOverflow } from './support/horizontal-overflow';
import { freshIp, newVisitor } from './support/visitors';

/**
 * An admin registers a webhook endpoint pointing at a local receiver (a real HTTP server that
 * checks the Standard Webhooks signature), sees the secret once, an order placed through the API
 * and moved in the back office reaches the receiver, the delivery log shows each answer's code,
 * and a replay sends the same event again. A pharmacist is refused the page.
 */
connectE2eDatabase();

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.stop();
});

const runDispatcher = (request: APIRequestContext) => request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });

async function placeOrderThroughApi(request: APIRequestContext): Promise<string> {
  const shopper = await createCustomer();
  const ip = freshIp();
  const token = await request.post('/api/v1/auth/token', { data: { email: shopper.email, password: TEST_PASSWORD }, headers: { 'x-forwarded-for': ip } });
  const headers = { authorization: `Bearer ${((await token.json()) as { accessToken: string }).accessToken}`, 'x-forwarded-for': ip };
  const product = await createProduct();
  expect((await request.post('/api/v1/cart/items', { headers, data: { productId: product.id, quantity: 1 } })).status()).toBe(200);
  const checkout = await request.post('/api/v1/checkout', { headers: { ...headers, 'idempotency-key': `webhooks-${Date.now()}` }, data: { addressId: shopper.addressId, paymentMethod: 'cod' } });
  expect(checkout.status()).toBe(201);
  return ((await checkout.json()) as { number: string }).number;
}

test('an admin registers an endpoint, sees the secret once, and the order events reach it signed, logged and replayable', async ({ browser, request }) => {
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff('admin', { twoFactor: false }));
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Webhooks' }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);

  // This file is the only one that registers endpoints, on a fresh database.
  await expect(page.getByTestId('no-webhooks')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-webhooks-empty.png`, fullPage: true });
  const form = page.getByTestId('register-webhook');
  await form.getByRole('button', { name: 'Register endpoint' }).click();
  await expect(form.locator('[data-field-error="url"]')).toBeVisible();
  await expect(form.locator('[data-field-error="event:order.created"]')).toHaveText('Choose at least one event.');
  // Production refuses plain http and private addresses, whatever the loopback flag.
  await form.getByLabel('URL').fill('http://10.0.0.8/hooks');
  await form.getByLabel(/order\.created/).check();
  await form.getByRole('button', { name: 'Register endpoint' }).click();
  await expect(form.locator('[data-field-error="url"]')).toContainText(/https|private network/);

  await form.getByLabel('URL').fill(receiver.url);
  await form.getByLabel('Description (optional)').fill('Courier partner, test receiver');
  await form.getByLabel(/order\.created/).check();
  await form.getByLabel(/order\.status_changed/).check();
  await form.getByRole('button', { name: 'Register endpoint' }).click();
  const shown = page.getByTestId('webhook-secret').getByRole('textbox');
  await expect(shown).toHaveValue(/^whsec_[A-Za-z0-9+/=]{32}$/);
  receiver.secret = await shown.inputValue();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-webhook-registered.png`, fullPage: true });

  await page.getByTestId('webhook-secret').getByRole('link', { name: 'Done' }).click();
  await expect(page.getByTestId('webhook-url')).toHaveText(receiver.url);
  await expect(page.getByTestId('no-deliveries')).toBeVisible();
  const endpointPath = new URL(page.url()).pathname;
  // Shown once: neither the list nor the endpoint's page carries it again.
  expect(await page.content()).not.toContain(receiver.secret);
  await page.goto('/admin/webhooks');
  expect(await page.content()).not.toContain(receiver.secret);
  await expect(page.getByTestId('webhook-row').filter({ hasText: receiver.url }).getByTestId('webhook-state')).toHaveAttribute('data-state', 'on');

  // Placed through the API: order.created; the receiver answers 500 first.
  const number = await placeOrderThroughApi(request);
  receiver.respondWith(500);
  expect((await runDispatcher(request)).status()).toBe(200);
  await page.goto(endpointPath);
  const created = page.locator('[data-testid="webhook-delivery"][data-event-type="order.created"]');
  await expect(created).toHaveAttribute('data-state', 'pending');
  await expect(created.getByTestId('attempt')).toHaveAttribute('data-code', '500');

  // Moved in the back office: order.status_changed, accepted with 200.
  await page.goto(`/admin/orders/${number}`);
  await page.getByTestId('order-steps').locator('[data-step="pack"]').getByRole('button', { name: 'Mark packed' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Packed');
  expect((await runDispatcher(request)).status()).toBe(200);
  await page.goto(endpointPath);
  const moved = page.locator('[data-testid="webhook-delivery"][data-event-type="order.status_changed"]');
  await expect(moved).toHaveAttribute('data-state', 'delivered');
  await expect(moved.getByTestId('attempt')).toHaveAttribute('data-code', '200');
  const statusEvent = receiver.received.find((r) => r.type === 'order.status_changed')!;
  expect(statusEvent.verified).toBe(true);
  expect(JSON.parse(statusEvent.body)).toMatchObject({ data: { orderNumber: number, from: { status: 'confirmed' }, to: { status: 'packed' }, by: 'staff' } });
  expect(receiver.received.filter((r) => r.type === 'order.created').map((r) => [r.verified, r.answered])).toEqual([[true, 500]]);

  await moved.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByText('Sent again: the endpoint accepted it.')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-testid="webhook-delivery"][data-event-type="order.status_changed"]').getByTestId('attempt')).toHaveCount(2);
  const statusIds = receiver.received.filter((r) => r.type === 'order.status_changed').map((r) => r.id);
  expect(statusIds).toEqual([statusEvent.id, statusEvent.id]);

  await page.getByRole('button', { name: 'Send test event' }).click();
  await expect(page.getByText('Test event sent: the endpoint accepted it.')).toBeVisible();
  expect(receiver.received.at(-1)).toMatchObject({ type: 'webhook.test', verified: true, answered: 200 });

  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  expect(await horizontalOverflow(page, endpointPath)).toBeNull();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-webhook-log-phone.png`, fullPage: true });
  await page.goto('/admin/webhooks');
  expect(await horizontalOverflow(page, '/admin/webhooks')).toBeNull();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-webhooks-phone.png`, fullPage: true });

  // Turned off: nothing is sent; delete asks first.
  await page.goto(endpointPath);
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByTestId('webhook-state')).toHaveAttribute('data-state', 'off');
  await page.getByTestId('delete-webhook').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Delete ${receiver.url}?`);
  await dialog.getByRole('button', { name: 'Delete endpoint' }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks\?deleted=1$/);
  await expect(page.getByTestId('webhook-row').filter({ hasText: receiver.url })).toHaveCount(0);
});

test('a pharmacist is refused the webhooks pages', async ({ browser }) => {
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff('pharmacist', { twoFactor: false }));
  await expect(page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  for (const path of ['/admin/webhooks', '/admin/webhooks/00000000-0000-4000-8000-000000000000']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId('register-webhook')).toHaveCount(0);
  }
});
