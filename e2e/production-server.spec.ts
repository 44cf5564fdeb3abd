import { expect, test } from '@playwright/test';
import { e2eState } from './support/e2e-config';

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

test('/api/metrics counts the requests this instance answers, by route pattern, for the bearer only', async ({ request }) => {
  expect((await request.get('/api/metrics')).status()).toBe(401);
  expect((await request.get('/api/metrics', { headers: { authorization: 'Bearer wrong' } })).status()).toBe(401);
  const scrape = async () => {
    const response = await request.get('/api/metrics', { headers: { authorization: `Bearer ${e2eState().metricsToken}` } });
    expect(response.status()).toBe(200);
    return response.text();
  };
  const productPages = (text: string) => Number(/^medinest_http_requests_total\{route="\/products\/\[slug\]",method="GET",status="200"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  const before = await scrape();
  const listing = await request.get('/products');
  const slug = /href="\/products\/([a-z0-9-]+)"/.exec(await listing.text())![1]!;
  for (let i = 0; i < 3; i++) expect((await request.get(`/products/${slug}`)).status()).toBe(200);
  const after = await scrape();
  expect(productPages(after) - productPages(before)).toBe(3);
  // The slug itself never becomes a label.
  expect(after).not.toContain(slug);
  expect(after).toMatch(/^medinest_http_request_duration_seconds_count\{route="\/products\/\[slug\]",method="GET"\} \d+$/m);
  // The same anonymous page three times: served from the shared cache at least the last two.
  const cacheHits = (text: string) => Number(/^medinest_cache_reads_total\{result="hit"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  expect(cacheHits(after) - cacheHits(before)).toBeGreaterThanOrEqual(2);
  expect(after).toMatch(/^medinest_cache_reads_total\{result="miss"\} \d+$/m);
});
