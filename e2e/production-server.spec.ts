import { expect, test } from '@playwright/test';

/** What the production server answers that the shop's own flows do not show: metadata and absent pages. */

test("a product page's canonical and Open Graph URLs are absolute on APP_URL", async ({ page, baseURL }) => {
  // The e2e server runs with APP_URL set to the address Playwright uses (scripts/e2e-server.ts).
  const appUrl = new URL(baseURL!).origin;
  await page.goto('/products');
  await page.getByRole('list', { name: 'Medicines' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/products\/[^/?]+$/);
  const productUrl = `${appUrl}${new URL(page.url()).pathname}`;
  // Loaded afresh, as a crawler sees it: right after a client-side navigation the listing's
  // canonical link can still be in the head beside the product's.
  await page.goto(productUrl);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', productUrl);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', productUrl);
});

test('the benchmark baseline page answers 404 unless the benchmark asked for it', async ({ request }) => {
  const response = await request.get('/products/bench-baseline?id=1');
  expect(response.status()).toBe(404);
});
