import { expect, test } from '@playwright/test';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { signIn } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * Holds that end (issue 12, finding 8): a shopper who already holds the most open orders an
 * account may is told so at checkout, and an order waiting for its prescription says by when.
 */
connectE2eDatabase();
let shopper: TestCustomer;

test.beforeAll(async () => {
  shopper = await createCustomer({ name: 'Hold Limit' });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

test('a shopper already holding 3 open orders is told at checkout to pay or cancel one first', async ({ page }) => {
  const product = await createProduct({ brandName: `Holdamol ${Date.now()}` });
  const rx = await createProduct({ requiresPrescription: true });
  await createOrderRow({ userId: shopper.id, product, status: 'pending_payment' });
  await createOrderRow({ userId: shopper.id, product, status: 'confirmed' });
  const waiting = await createOrderRow({ userId: shopper.id, product: rx, status: 'awaiting_prescription' });

  // The order waiting for its prescription says by when it must be approved.
  await signIn(page, shopper);
  await page.goto(`/orders/${waiting.number}`);
  await expect(page.getByTestId('prescription-deadline')).toContainText('A pharmacist must approve your prescription by');

  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('You already have 3 orders waiting for payment, a prescription or packing.')).toBeVisible();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/holds-checkout-limit.png`, fullPage: true });
});
