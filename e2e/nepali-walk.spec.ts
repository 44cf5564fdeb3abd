import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatBsDay, nepalToday } from '@/lib/nepal-time';
import type { Messages } from '@/lib/i18n/messages';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Issue 15, "Done when": the shop walked in Nepali end to end — a search in Devanagari, the
 * product, the cart, checkout and the order page with its BS dates and lakh-grouped rupees in
 * Devanagari digits — with screenshots at a phone's and a desktop's width in both languages, and
 * no axe violation in either. The words are read from messages/ne, so the test follows the
 * translations rather than restating them.
 */
// Read as files: Playwright's loader does not import JSON modules.
const nepali = <Area extends keyof Messages>(area: Area): Messages[Area] => JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'messages', 'ne', `${area}.json`), 'utf8'));
const auth = nepali('auth');
const common = nepali('common');
const orders = nepali('orders');

connectE2eDatabase();
let product: TestProduct;
let shopper: TestCustomer;

test.beforeAll(async () => {
  // Over a lakh, so the grouping shows: रु. १,६४,९८९.५१.
  product = await createProduct({ brandName: `Bhasamol${uniqueTag()}`, genericName: 'Paracetamol', pricePaisa: 16_498_951, mrpPaisa: 16_498_951, batches: [{ quantity: 5 }] });
  shopper = await createCustomer({ name: 'Maya Gurung' });
});

async function expectNoAxeViolations(page: Page, where: string) {
  // After a server action Next may still be streaming the page's metadata; axe reads the settled page.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const plain = (rich: string) => rich.replace(/<[^>]+>[^<]*<\/[^>]+>/g, '').trim();

test('a Nepali shopper searches in Devanagari, buys, and reads the order in Nepali', async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await newVisitor(browser, { locale: 'ne-NP', viewport: { width: 390, height: 844 } });

  // A browser that asks for Nepali lands on the Nepali shop.
  await page.goto('/');
  await expect(page).toHaveURL(/\/ne$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ne');

  // सिटामोल is paracetamol's Nepali name.
  await page.getByRole('combobox', { name: common.search.label }).first().fill('सिटामोल');
  await page.getByRole('combobox', { name: common.search.label }).first().press('Enter');
  await expect(page).toHaveURL(/\/ne\/products\?q=/);
  await expect(page.getByRole('link', { name: /Cetamol/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'search');

  await page.goto(`/ne/products/${product.slug}`);
  await expect(page.getByText('रु. १,६४,९८९.५१').first()).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`${product.brandName}.*${plain(orders.addToCart.add)}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: /कार्ट/ })).toBeVisible();
  await expectNoAxeViolations(page, 'product');

  await page.goto('/ne/cart');
  await expect(page.getByTestId('order-total')).toHaveText('रु. १,६४,९८९.५१');
  await expectNoAxeViolations(page, 'cart');
  await page.getByRole('link', { name: orders.cart.signInToCheckOut }).click();
  await expect(page).toHaveURL(/\/ne\/login\?next=/);
  await page.getByLabel(auth.signInForm.email).fill(shopper.email);
  await page.getByLabel(auth.signInForm.password).fill(shopper.password);
  await page.getByRole('button', { name: auth.signInForm.submit }).click();
  await expect(page).toHaveURL(/\/ne\/checkout$/);
  await page.getByRole('radio', { name: new RegExp(orders.checkout.cashOnDelivery) }).check();
  await expectNoAxeViolations(page, 'checkout');
  await page.getByRole('button', { name: orders.checkout.placeOrder }).click();

  // The order page: Nepali status and timeline, today's BS date in Devanagari, the total in lakhs.
  await expect(page).toHaveURL(/\/ne\/orders\/MN-\d{6}-[A-Z0-9]{8}\?placed=1$/);
  await expect(page.getByTestId('order-status')).toHaveText(orders.status.confirmed);
  await expect(page.getByTestId('order-timeline')).toContainText(orders.timeline.placed);
  await expect(page.getByTestId('order-timeline')).toContainText(formatBsDay(nepalToday(), 'ne')!);
  await expect(page.getByText('रु. १,६४,९८९.५१').first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/ne-390-order.png`, fullPage: true });
  await expectNoAxeViolations(page, 'order');
  await context.close();
});

const PAGES = ['/', '/products?q=paracetamol', '/products/cetamol-500-mg-tablet', '/cart', '/login', '/delivery'];

for (const [language, prefix] of [['en', ''], ['ne', '/ne']] as const) {
  for (const width of [390, 1280]) {
    test(`the shop in ${language === 'en' ? 'English' : 'Nepali'} at ${width} px: screenshots, one language, no axe violations`, async ({ browser }) => {
      test.setTimeout(120_000);
      const { context, page } = await newVisitor(browser, { locale: language === 'en' ? 'en-US' : 'ne-NP', viewport: { width, height: 900 } });
      for (const path of PAGES) {
        const address = path === '/' ? prefix || '/' : `${prefix}${path}`;
        await page.goto(address);
        await expect(page.locator('html'), address).toHaveAttribute('lang', language);
        const name = path.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home';
        await page.screenshot({ path: `${ARTIFACTS_DIR}/languages/${language}-${width}-${name}.png`, fullPage: true });
        await expectNoAxeViolations(page, address);
        // The header offers the other language, for the same page.
        const other = page.getByRole('link', { name: language === 'en' ? 'नेपाली' : 'English' });
        await expect(other).toBeVisible();
      }
      await context.close();
    });
  }
}
