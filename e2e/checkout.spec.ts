import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatBsDay, nepalToday } from '@/lib/nepal-time';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { signIn, submitSignIn } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { RAM } from './support/seeded-accounts';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * The shopping path end to end on the production build: a guest fills a cart, signs in (the cart
 * merges into the account), checks out with cash on delivery, follows the order's timeline,
 * cancels it, and the stock goes back on the shelf.
 */
const database = connectE2eDatabase();
let products: TestProduct[];
let shopper: TestCustomer;

test.beforeAll(async () => {
  products = [
    await createProduct({ pricePaisa: 45_00, batches: [{ quantity: 20 }] }),
    await createProduct({ pricePaisa: 120_50, batches: [{ quantity: 20 }] }),
  ];
  shopper = await createCustomer({ name: 'Kiran Rai', address: { label: 'Home', recipientName: 'Kiran Rai', province: 'Koshi', district: 'Morang', municipality: 'Biratnagar Metropolitan City', ward: 5, street: 'Main Road 7' } });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const stockOf = async (slug: string) => {
  const [row] = await database.sql`select coalesce(sum(b.quantity), 0)::int as q from inventory_batches b join products p on p.id = b.product_id where p.slug = ${slug}`;
  return row!.q as number;
};

test('a guest fills a cart, signs in, pays cash on delivery, follows the order and cancels it', async ({ page, browser }) => {

  // As a guest: two medicines, the first twice.
  await page.goto(`/products/${products[0]!.slug}`);
  await page.getByLabel('Quantity').fill('2');
  await page.getByRole('button', { name: `Add ${products[0]!.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto(`/products/${products[1]!.slug}`);
  await page.getByRole('button', { name: `Add ${products[1]!.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveText('3');

  await page.goto('/cart');
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  // Rs. 90.00 + Rs. 120.50 + Rs. 100.00 delivery (below the free-delivery threshold).
  await expect(page.getByTestId('order-total')).toHaveText('Rs. 310.50');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/checkout-cart.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // Signing in keeps the guest's cart: checkout shows both lines.
  await page.getByRole('link', { name: 'Sign in to check out' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fcheckout/);
  await submitSignIn(page, shopper);
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByText(`2 × ${products[0]!.brandName}`)).toBeVisible();
  await expect(page.getByText(`1 × ${products[1]!.brandName}`)).toBeVisible();
  await expect(page.getByRole('radio', { name: /Home/ })).toBeChecked();
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByLabel('Delivery notes').fill('Please call before coming');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/checkout-form.png`, fullPage: true });
  await expectNoAxeViolations(page);
  expect(await stockOf(products[0]!.slug)).toBe(20);
  await page.getByRole('button', { name: 'Place order' }).click();

  // The order page: confirmed, with its timeline; the stock is allocated.
  await expect(page).toHaveURL(/\/orders\/MN-\d{6}-[A-Z0-9]{8}\?placed=1$/);
  await expect(page.getByText(/Thank you! Your order MN-/)).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Confirmed');
  await expect(page.getByTestId('order-timeline')).toContainText('Order placed');
  // Beside the Gregorian day, the Bikram Sambat one: "2 Dec 2026 (16 Mangsir 2083), 14:05".
  const today = formatBsDay(nepalToday())!;
  await expect(page.getByTestId('order-timeline')).toContainText(`(${today}),`);
  await expect(page.getByText('Rs. 310.50').first()).toBeVisible();
  expect(await stockOf(products[0]!.slug)).toBe(18);
  expect(await stockOf(products[1]!.slug)).toBe(19);
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/checkout-order.png`, fullPage: true });
  await expectNoAxeViolations(page);

  // It is listed under /orders.
  const number = /\/orders\/(MN-[^?]+)/.exec(page.url())![1]!;
  await page.goto('/orders');
  await expect(page.getByTestId('order-list')).toContainText(number);
  await page.getByRole('link', { name: new RegExp(number) }).click();

  // Cancel: the timeline records it and both medicines are back in stock.
  await page.getByLabel('Reason (optional)').fill('Ordered by mistake');
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('dialog', { name: `Cancel order ${number}?` }).getByRole('button', { name: 'Cancel the order' }).click();
  // The action re-renders the page: the badge changes without a reload, and survives one.
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  await expect(page.getByTestId('order-timeline')).toContainText('Cancelled by you');
  await expect(page.getByTestId('order-timeline')).toContainText('Ordered by mistake');
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  expect(await stockOf(products[0]!.slug)).toBe(20);
  expect(await stockOf(products[1]!.slug)).toBe(20);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/checkout-cancelled.png`, fullPage: true });

  // Another shopper who learns the order number gets a plain 404, as if it did not exist.
  const { context: other, page: otherPage } = await newVisitor(browser);
  await signIn(otherPage, RAM, { next: '/orders' });
  await expect(otherPage).toHaveURL(/\/orders$/);
  const stranger = await otherPage.goto(`/orders/${number}`);
  expect(stranger?.status()).toBe(404);
  await expect(otherPage.getByText('Kiran Rai')).toHaveCount(0);
  await other.close();
});

test('the cart badge follows every cart change without a reload', async ({ page }) => {
  const [first] = products;
  await page.goto(`/products/${first!.slug}`);
  await expect(page.getByTestId('cart-link')).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  // A mark on the window survives only as long as the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  await page.getByLabel('Quantity').fill('2');
  await page.getByRole('button', { name: `Add ${first!.brandName} to cart` }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await page.getByLabel('Quantity').fill('3');
  await page.getByRole('button', { name: `Add ${first!.brandName} to cart` }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('5');
  await expect(page.getByTestId('cart-link')).toHaveAccessibleName(/Cart\W+5 items/);
  await page.getByTestId('cart-link').screenshot({ path: `${ARTIFACTS_DIR}/live-cart-badge.png` });
  expect(await sameDocument()).toBe(true);

  await page.getByRole('link', { name: 'View cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.getByLabel(`Quantity of ${first!.brandName}`).fill('1');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.getByRole('button', { name: `Remove ${first!.brandName}` }).click();
  await expect(page.getByTestId('cart-count')).toHaveCount(0);
  expect(await sameDocument()).toBe(true);
});
