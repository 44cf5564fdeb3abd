import { expect, test } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueEmail, uniqueTag } from '@/test-support/factories/unique';
import { readFakeInbox } from '@/test-support/fake-resend';
import { ARTIFACTS_DIR, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * Issue 15, part 7, as a new shopper meets it: registering from checkout comes back to checkout
 * (through the "create an account" link, registration and the emailed link), the first checkout asks
 * for the address before "Place order" with the account's name and mobile filled in, the header
 * search keeps the words on the results page, and the home page has one search box.
 */
const database = connectE2eDatabase();
const PASSWORD = 'Phewa-lake-2082-green';
let product: TestProduct;

test.beforeAll(async () => {
  product = await createProduct({ brandName: `Journeyol${uniqueTag()}`, batches: [{ quantity: 20 }] });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

test('a new shopper registers from checkout and comes back to checkout, where the address comes first', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await expect(page).toHaveURL(/\/login\?next=%2Fcheckout$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/register\?next=%2Fcheckout$/);

  const email = uniqueEmail('journey');
  await page.getByLabel('Full name').fill('Pemba Sherpa');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mobile number').fill('9851234567');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/register\/check-email\?next=%2Fcheckout$/);

  const dispatched = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(dispatched.status()).toBe(200);
  const mail = (await readFakeInbox(e2eState().fakeResendUrl)).find((m) => m.to.includes(email) && m.subject === 'Confirm your email for MediNest');
  const link = /http:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(mail?.text ?? '')![0];
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await page.getByRole('link', { name: 'Sign in to continue' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fcheckout$/);
  await database.sql`update users set phone_verified_at = now() where email = ${email}`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/checkout$/);

  // No saved address: the address form comes before "Place order", with the account's name and mobile.
  const form = page.getByTestId('checkout-address-form');
  await expect(page.getByRole('heading', { name: 'Where should we deliver?' })).toBeVisible();
  await expect(form.getByLabel('Recipient name')).toHaveValue('Pemba Sherpa');
  await expect(form.getByLabel('Mobile number')).toHaveValue('9851234567');
  const formTop = (await form.boundingBox())!.y;
  const placeTop = (await page.getByRole('button', { name: 'Place order' }).boundingBox())!.y;
  expect(formTop).toBeLessThan(placeTop);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS_DIR}/journey-first-checkout-${width}.png`, fullPage: true });
  }
  await form.getByLabel('Province').selectOption('Bagmati');
  await form.getByLabel('District').selectOption('Kathmandu');
  await form.getByLabel('Municipality / rural municipality').fill('Kathmandu Metropolitan City');
  await form.getByLabel('Ward number').fill('10');
  await form.getByLabel('Street / tole').fill('New Baneshwor');
  await form.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByTestId('delivery-note')).toContainText('Delivery to Kathmandu');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/MN-[^?]+\?placed=1$/);
});

test('the return path only ever leads back into the shop', async ({ page }) => {
  for (const next of ['https://evil.example/checkout', '//evil.example', '/\\evil.example']) {
    await page.goto(`/register?next=${encodeURIComponent(next)}`);
    await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    await expect(page.locator('input[name="next"]')).toHaveCount(0);
  }
  await page.goto(`/login?next=${encodeURIComponent('https://evil.example/')}`);
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/register');
});

test('the header search keeps the query on the results page, and the home page has one search box', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Search medicines' })).toHaveCount(1);
  const search = page.locator('#header-search');
  await search.fill('paracetamol');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/products\?q=paracetamol$/);
  await expect(search).toHaveValue('paracetamol');
  await page.reload();
  await expect(search).toHaveValue('paracetamol');
  await page.goto('/products?q=%E0%A4%B8%E0%A4%BF%E0%A4%9F%E0%A4%BE%E0%A4%AE%E0%A5%8B%E0%A4%B2');
  await expect(search).toHaveValue('सिटामोल');
  await page.goto(`/products/${product.slug}`);
  await expect(search).toHaveValue('');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/products?q=cetamol');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/journey-search-kept-390.png` });
});
