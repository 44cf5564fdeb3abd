import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { createProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';

/**
 * Issue 15, part 9: crawlers find every active product and category in sitemap.xml, robots.txt lets
 * them fetch product pictures while keeping the back office, accounts and the API out, and a product
 * link shared on WhatsApp or Facebook previews as a PNG card drawn from the product.
 */
const database = connectE2eDatabase();

test('robots.txt lets crawlers fetch product pictures and keeps /admin, /account and /api private', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  for (const line of ['Allow: /api/product-images/public/', 'Allow: /og/', 'Disallow: /admin', 'Disallow: /account', 'Disallow: /api/', 'Disallow: /checkout']) expect(text).toContain(line);
  expect(text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
});

test('sitemap.xml lists every active product and category, and no inactive product', async ({ request }) => {
  const inactive = await createProduct({ brandName: `Hiddenol${uniqueTag()}`, active: false });
  const active = await createProduct({ brandName: `Foundol${uniqueTag()}` });
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname + new URL(m[1]!).search);
  const products = await database.sql<{ slug: string }[]>`select slug from products where active`;
  const categories = await database.sql<{ slug: string }[]>`select slug from categories`;
  // Rows other specs insert straight into the database (test-…) do not expire the cached list; the catalog's own rows are all there.
  const seeded = products.filter((p) => !p.slug.startsWith('test-product-'));
  expect(seeded.length).toBeGreaterThan(50);
  expect(seeded.map((p) => `/products/${p.slug}`).filter((path) => !urls.includes(path))).toEqual([]);
  for (const c of categories.filter((c) => !c.slug.startsWith('test-'))) expect(urls).toContain(`/products?category=${c.slug}`);
  expect(urls).toContain(`/products/${active.slug}`);
  expect(urls).not.toContain(`/products/${inactive.slug}`);
  expect(urls).toEqual(expect.arrayContaining(['/', '/products', '/returns', '/privacy', '/contact', '/delivery']));
  expect(urls.some((u) => u.startsWith('/admin') || u.startsWith('/account') || u.startsWith('/ne/admin'))).toBe(false);
  // Every page in Nepali too, each entry naming its twin in the other language.
  expect(urls).toEqual(expect.arrayContaining(['/ne', '/ne/products', `/ne/products/${active.slug}`, '/ne/returns']));
  expect(urls.filter((u) => u.startsWith('/ne')).length).toBe(urls.length / 2);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ne" href="${new URL(`/ne/products/${active.slug}`, response.url()).href}"`);
});

test('a product page names its address in each language, and the Nepali page is canonical at /ne', async ({ page }) => {
  const product = await createProduct({ brandName: `Hreflangol${uniqueTag()}` });
  for (const [path, canonical] of [[`/products/${product.slug}`, `/products/${product.slug}`], [`/ne/products/${product.slug}`, `/ne/products/${product.slug}`]] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/ne') ? 'ne' : 'en');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(canonical);
    expect(new URL((await page.locator('link[rel="alternate"][hreflang="ne"]').getAttribute('href'))!).pathname).toBe(`/ne/products/${product.slug}`);
    expect(new URL((await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href'))!).pathname).toBe(`/products/${product.slug}`);
  }
});

test('a product page names a PNG preview card, drawn from the product without fetching fonts', async ({ page, request }) => {
  const product = await createProduct({ brandName: `Previewol${uniqueTag()}`, strength: '500 mg', requiresPrescription: true });
  await page.goto(`/products/${product.slug}`);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`/og/products/${product.slug}$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await request.get(new URL(ogImage!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const bytes = await image.body();
  const meta = await sharp(bytes).metadata();
  expect([meta.width, meta.height]).toEqual([1200, 630]);
  await sharp(bytes).toFile(`${ARTIFACTS_DIR}/og-product.png`);
  expect((await request.get('/og/products/no-such-medicine')).status()).toBe(404);
});
