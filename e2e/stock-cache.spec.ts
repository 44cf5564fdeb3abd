import { expect, test } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { signIn } from './pages/sign-in';
import { ARTIFACTS_DIR, E2E_PORT, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * Cached stock on the production build: when the expiry sweep (a cron call, no shopper or staff
 * request involved) puts an unpaid order's units back, the product page shows them on its next
 * load, not an hour later when the cache's safety net runs out.
 */
const SANDBOX = `http://127.0.0.1:${E2E_PORT + 1}`;
const database = connectE2eDatabase();
let product: TestProduct;
let shopper: TestCustomer;

test.beforeAll(async () => {
  // A generic of its own, so no alternative's badge on the page can be mistaken for this one's.
  product = await createProduct({ genericName: `Stockamol ${uniqueTag()}`, pricePaisa: 80_00, batches: [{ quantity: 5 }] });
  shopper = await createCustomer({ name: 'Pemba Sherpa' });
});

test('the expiry sweep puts an unpaid order’s stock back on the product page at once', async ({ page }) => {
  await asNewVisitor(page.context());
  await signIn(page, shopper);

  await page.goto(`/products/${product.slug}`);
  await expect(page.getByText('Only 5 left')).toBeVisible();
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /eSewa/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  // The shopper reaches eSewa and never pays.
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);

  await page.goto(`/products/${product.slug}`);
  await expect(page.getByText('Only 4 left')).toBeVisible();

  // The payment window closes; the page is loaded (and cached) once more before the sweep.
  await database.sql`update orders set expires_at = now() - interval '1 minute' where user_id = ${shopper.id} and status = 'pending_payment'`;
  await page.reload();
  await expect(page.getByText('Only 4 left')).toBeVisible();

  const sweep = await page.request.post('/api/cron/expire-orders', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(sweep.status()).toBe(200);
  expect((await sweep.json()).expired).toBeGreaterThanOrEqual(1);
  const [order] = await database.sql`select status from orders where user_id = ${shopper.id}`;
  expect(order!.status).toBe('cancelled');

  await page.reload();
  await expect(page.getByText('Only 5 left')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/stock-after-expiry-sweep.png`, fullPage: true });
});
