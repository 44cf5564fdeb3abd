import { expect, test } from '@playwright/test';
import { createProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Issue 15, part 1: English at the shop's usual addresses, Nepali under /ne; a first visit follows
 * the browser's language, a choice (the switch, or any /ne or /en address) outlives it.
 */
connectE2eDatabase();
let slug: string;
test.beforeAll(async () => {
  slug = (await createProduct({ brandName: `Bhashol${uniqueTag()}` })).slug;
});

test('the same page in each language, each with its own lang attribute', async ({ browser }) => {
  const { context, page } = await newVisitor(browser, { locale: 'en-US' });
  // English first: a Nepali page remembers the choice, and English addresses then lead to Nepali (below).
  for (const [path, lang] of [['/', 'en'], [`/products/${slug}`, 'en'], ['/cart', 'en'], ['/ne', 'ne'], [`/ne/products/${slug}`, 'ne'], ['/ne/cart', 'ne'], ['/ne/login', 'ne']] as const) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    expect(new URL(page.url()).pathname, path).toBe(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
  }
  await context.close();
});

test('a first visit from a browser that asks for Nepali lands on the Nepali page; English-only browsers stay', async ({ browser }) => {
  const nepali = await newVisitor(browser, { locale: 'ne-NP' });
  await nepali.page.goto(`/products/${slug}?from=mail`);
  expect(new URL(nepali.page.url()).pathname + new URL(nepali.page.url()).search).toBe(`/ne/products/${slug}?from=mail`);
  await expect(nepali.page.locator('html')).toHaveAttribute('lang', 'ne');
  await nepali.context.close();

  const english = await newVisitor(browser, { locale: 'en-GB' });
  await english.page.goto(`/products/${slug}`);
  expect(new URL(english.page.url()).pathname).toBe(`/products/${slug}`);
  await english.context.close();
});

test('choosing English through /en/… is remembered over the browser’s Nepali, and choosing Nepali over an English browser', async ({ browser, baseURL }) => {
  const { context, page } = await newVisitor(browser, { locale: 'ne-NP' });
  const chosen = await page.request.get(`/en/products/${slug}`, { maxRedirects: 0 });
  expect(chosen.status()).toBe(308);
  expect(new URL(chosen.headers()['location']!, baseURL).href).toBe(new URL(`/products/${slug}`, baseURL).href);
  await page.goto(`/en/products/${slug}`);
  expect(new URL(page.url()).pathname).toBe(`/products/${slug}`);
  await page.goto('/cart');
  expect(new URL(page.url()).pathname).toBe('/cart');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();

  const other = await newVisitor(browser, { locale: 'en-US' });
  await other.page.goto('/ne/cart');
  await other.page.goto('/cart');
  expect(new URL(other.page.url()).pathname).toBe('/ne/cart');
  await other.context.close();
});

test('a signed-out visit to a Nepali account page signs in on the Nepali sign-in page', async ({ browser, baseURL }) => {
  const { context, page } = await newVisitor(browser, { locale: 'en-US' });
  const response = await page.request.get('/ne/account/addresses', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers()['location']!, baseURL).pathname).toBe('/ne/login');
  await context.close();
});

test('a Nepali product page adds to the cart like the English one', async ({ browser }) => {
  const { context, page } = await newVisitor(browser, { locale: 'ne-NP' });
  await page.goto(`/ne/products/${slug}`);
  await page.getByRole('button', { name: /Bhashol/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /कार्ट/ })).toBeVisible();
  await page.goto('/ne/cart');
  await expect(page.getByTestId('cart-line').filter({ hasText: /Bhashol/ })).toBeVisible();
  await context.close();
});
