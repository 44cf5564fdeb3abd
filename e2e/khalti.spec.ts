import { expect, test, type Page } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { signIn } from './pages/sign-in';
import { ARTIFACTS_DIR, E2E_PORT, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * Khalti end to end on the production build: checkout with Khalti, the pay page's button has the
 * server open a session at the local Khalti sandbox (scripts/e2e-app.ts), the browser pays on the
 * sandbox's hosted page and comes back with Khalti's query parameters; the app's lookup decides.
 */
const ESEWA_SANDBOX = `http://127.0.0.1:${E2E_PORT + 1}`;
const database = connectE2eDatabase();
let product: TestProduct;

test.beforeAll(async () => {
  product = await createProduct({ pricePaisa: 1_234_50, batches: [{ quantity: 20 }] });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

const makeShopper = () => createCustomer({ name: 'Bikash Thapa', address: { recipientName: 'Bikash Thapa', province: 'Bagmati', district: 'Lalitpur', municipality: 'Lalitpur Metropolitan City', ward: 3, street: 'Jhamsikhel Marg' } });

async function checkoutWithKhalti(page: Page, shopper: TestCustomer, screenshots = false) {
  await signIn(page, shopper);
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await expect(page.getByRole('radio', { name: /eSewa/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Cash on delivery/ })).toBeVisible();
  await page.getByRole('radio', { name: /Khalti/ }).check();
  if (screenshots) {
    await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-checkout.png`, fullPage: true });
    // A phone: the three ways to pay stack, each fully readable and tappable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-checkout-390.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\/MN-\d{6}-[A-Z0-9]{8}$/);
  return /\/checkout\/pay\/(MN-[^?]+)/.exec(page.url())![1]!;
}

const attemptsOf = async (orderNumber: string) =>
  database.sql`select p.provider, p.transaction_uuid, p.status, p.provider_session_id, p.provider_reference from payments p join orders o on o.id = p.order_id where o.number = ${orderNumber} order by p.created_at`;

test('pays an order through the Khalti sandbox and sees it paid', async ({ page }) => {
  const shopper = await makeShopper();
  const number = await checkoutWithKhalti(page, shopper, true);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-pay-page-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-pay-page.png`, fullPage: true });
  await page.getByRole('button', { name: 'Pay Rs. 1,334.50 with Khalti' }).click();

  // On the sandbox's hosted page, for the order total in paisa that our server sent.
  const khalti = e2eState().khaltiSandboxUrl;
  await expect(page).toHaveURL(new RegExp(`^${khalti}/pay/\\?pidx=[A-Za-z0-9]{22}$`));
  await expect(page.getByTestId('khalti-sandbox-amount')).toHaveText('Rs. 1,334.50');
  const pidx = new URL(page.url()).searchParams.get('pidx');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-sandbox.png`, fullPage: true });
  await page.getByRole('button', { name: 'Pay with Khalti' }).click();

  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
  await expect(page.getByText('Khalti · Paid')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-paid-order.png`, fullPage: true });

  const attempts = await attemptsOf(number);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ provider: 'khalti', status: 'complete', provider_session_id: pidx, provider_reference: expect.stringMatching(/^[A-Za-z0-9]{22}$/) });
  const [order] = await database.sql`select payment_status, payment_method from orders where number = ${number}`;
  expect(order).toMatchObject({ payment_status: 'paid', payment_method: 'khalti' });
});

test('without JavaScript the pay button still reaches Khalti: the page allows the redirect to its payment page', async ({ page, browser }) => {
  const shopper = await makeShopper();
  const number = await checkoutWithKhalti(page, shopper);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const fallback = await noScript.newPage();
    const refused: string[] = [];
    fallback.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = await fallback.goto(`/checkout/pay/${number}`);
    expect(response!.headers()['content-security-policy']).toContain(`form-action 'self'`);
    await fallback.getByRole('button', { name: 'Pay Rs. 1,334.50 with Khalti' }).click();
    await expect(fallback).toHaveURL(new RegExp(`^${e2eState().khaltiSandboxUrl}/pay/\\?pidx=[A-Za-z0-9]{22}$`));
    await expect(fallback.getByTestId('khalti-sandbox-amount')).toHaveText('Rs. 1,334.50');
    expect(refused).toEqual([]);
  } finally {
    await noScript.close();
  }
});

test('cancels at Khalti, then pays with eSewa instead', async ({ page }) => {
  const shopper = await makeShopper();
  const number = await checkoutWithKhalti(page, shopper);
  await page.getByRole('button', { name: 'Pay Rs. 1,334.50 with Khalti' }).click();
  await expect(page.getByTestId('khalti-sandbox-amount')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page).toHaveURL(new RegExp(`/checkout/pay/${number}$`));
  await expect(page.getByRole('alert').filter({ hasText: 'cancelled at Khalti' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try Khalti again' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/khalti-retry.png`, fullPage: true });
  await page.getByRole('button', { name: 'Pay with eSewa instead' }).click();

  await expect(page).toHaveURL(`${ESEWA_SANDBOX}/api/epay/main/v2/form`);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}$`));
  await expect(page.getByText('eSewa · Paid')).toBeVisible();
  const attempts = await attemptsOf(number);
  expect(attempts.map((a) => [a.provider, a.status])).toEqual([
    ['khalti', 'canceled'],
    ['esewa', 'complete'],
  ]);
});
