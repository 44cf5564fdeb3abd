import { expect, test, type Page } from '@playwright/test';
import { controlSandbox, type SandboxCommand } from '@/lib/payments/esewa-sandbox/control-client';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { signIn } from './pages/sign-in';
import { ARTIFACTS_DIR, E2E_PORT, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * eSewa end to end on the production build: checkout with eSewa, the pay page posts the signed
 * form to the local eSewa sandbox (scripts/e2e-server.ts), and the sandbox sends the browser back
 * exactly as eSewa does. The sandbox answers the app's status checks over HTTP.
 */
const SANDBOX = `http://127.0.0.1:${E2E_PORT + 1}`;
const database = connectE2eDatabase();
let product: TestProduct;

test.beforeAll(async () => {
  product = await createProduct({ pricePaisa: 1_234_50, batches: [{ quantity: 20 }] });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

const makeShopper = () => createCustomer({ name: 'Asha Gurung', address: { recipientName: 'Asha Gurung', province: 'Gandaki', district: 'Kaski', municipality: 'Pokhara Metropolitan City', ward: 6, street: 'Lakeside Road 3' } });

/** Signs in, puts one pack in the cart and places the order with eSewa; the browser heads for the sandbox. */
async function checkoutWithEsewa(page: Page, shopper: TestCustomer) {
  await signIn(page, shopper);
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /eSewa/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
}

const attemptsOf = async (orderNumber: string) =>
  database.sql`select p.transaction_uuid, p.status, p.provider_reference from payments p join orders o on o.id = p.order_id where o.number = ${orderNumber} order by p.created_at`;

test('pays an order through the eSewa sandbox and sees it paid', async ({ page, browser }) => {
  const shopper = await makeShopper();
  await checkoutWithEsewa(page, shopper);

  // The auto-submitted form reached the sandbox, signature accepted.
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);
  await expect(page.getByText('MediNest (EPAYTEST)')).toBeVisible();
  // Rs. 1,234.50 + Rs. 100.00 delivery.
  await expect(page.getByTestId('sandbox-amount')).toHaveText('Rs. 1,334.50');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/payments-sandbox.png`, fullPage: true });

  // Without JavaScript the pay page still works: its visible button posts the same signed form.
  const [pending] = await database.sql`select o.number from orders o where o.user_id = ${shopper.id}`;
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const fallback = await noScript.newPage();
  await fallback.goto(`/checkout/pay/${pending!.number}`);
  await expect(fallback.getByRole('heading', { name: `Pay for order ${pending!.number}` })).toBeVisible();
  await fallback.screenshot({ path: `${ARTIFACTS_DIR}/payments-pay-page.png`, fullPage: true });
  await fallback.getByRole('button', { name: 'Pay Rs. 1,334.50 with eSewa' }).click();
  await expect(fallback).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);
  await expect(fallback.getByTestId('sandbox-amount')).toHaveText('Rs. 1,334.50');
  await noScript.close();

  await page.getByRole('button', { name: 'Pay' }).click();

  await expect(page).toHaveURL(/\/orders\/MN-\d{6}-[A-Z0-9]{8}$/);
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
  await expect(page.getByText('eSewa · Paid')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/payments-paid-order.png`, fullPage: true });

  const number = /\/orders\/(MN-[^?]+)/.exec(page.url())![1]!;
  const attempts = await attemptsOf(number);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ status: 'complete', provider_reference: expect.stringMatching(/^[0-9A-Z]{7}$/) });
  const [order] = await database.sql`select payment_status from orders where number = ${number}`;
  expect(order!.payment_status).toBe('paid');
});

test('cancels at the sandbox, then retries with a new transaction uuid and pays', async ({ page }) => {
  const shopper = await makeShopper();
  await checkoutWithEsewa(page, shopper);
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Back on the pay page, told what happened, with a retry.
  await expect(page).toHaveURL(/\/checkout\/pay\/MN-\d{6}-[A-Z0-9]{8}$/);
  await expect(page.getByRole('alert').filter({ hasText: 'cancelled at eSewa' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/payments-retry.png`, fullPage: true });
  const number = /\/checkout\/pay\/(MN-[^?]+)/.exec(page.url())![1]!;
  const [first] = await attemptsOf(number);
  expect(first).toMatchObject({ status: 'canceled' });

  await page.getByRole('button', { name: 'Try eSewa again' }).click();
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(page.getByText('eSewa · Paid')).toBeVisible();

  const attempts = await attemptsOf(number);
  expect(attempts.map((a) => a.status)).toEqual(['canceled', 'complete']);
  expect(attempts[1]!.transaction_uuid).not.toBe(attempts[0]!.transaction_uuid);
  expect(attempts[1]!.transaction_uuid).toMatch(new RegExp(`^${number}-[0-9a-f]{12}$`));
});

test('waits on the pay page while eSewa says PENDING and moves on by itself once the payment settles', async ({ page }) => {
  const shopper = await makeShopper();
  await checkoutWithEsewa(page, shopper);
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);
  const [order] = await database.sql`select o.number from orders o where o.user_id = ${shopper.id}`;
  const number = order!.number as string;
  const [attempt] = await attemptsOf(number);
  const sandbox = (command: SandboxCommand) => controlSandbox(`${SANDBOX}/__sandbox/control`, command);

  // The shopper pays, but eSewa's status API still says PENDING when the browser comes back.
  await sandbox({ action: 'override', transactionUuid: attempt!.transaction_uuid, answer: 'PENDING' });
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout/pay/${number}$`));
  await expect(page.getByTestId('payment-checking')).toContainText('moves on by itself');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/payments-pending.png`, fullPage: true });
  // The page keeps asking, and asking does not pay anything.
  await page.waitForResponse((r) => r.url().endsWith(`/api/orders/${number}/payment`) && r.status() === 200);
  expect((await attemptsOf(number))[0]).toMatchObject({ status: 'pending' });

  // eSewa settles it; the scheduled reconcile (for attempts older than five minutes) pays the order.
  await sandbox({ action: 'override', transactionUuid: attempt!.transaction_uuid, answer: null });
  await database.sql`update payments set created_at = now() - interval '10 minutes' where transaction_uuid = ${attempt!.transaction_uuid}`;
  const reconcile = await page.request.post('/api/cron/reconcile-payments', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(reconcile.status()).toBe(200);

  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`), { timeout: 20_000 });
  await expect(page.getByText('eSewa · Paid')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/payments-settled-by-itself.png`, fullPage: true });
});
