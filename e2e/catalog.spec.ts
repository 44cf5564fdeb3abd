import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { hydrated } from './support/hydration';

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('a misspelt search from the header finds the medicine, and its page shows alternatives', async ({ page }) => {
  await page.goto('/');
  const search = page.locator('#header-search');
  await search.fill('paracetmol');
  // No suggestion is highlighted, so Enter submits the plain form.
  await search.press('Enter');

  await expect(page).toHaveURL(/\/products\?q=paracetmol/);
  await expect(page.getByText(/No exact matches for “paracetmol”\. Showing results for/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing results for' })).toContainText(/paracetamol/i);
  await expectNoAxeViolations(page);

  const first = page.getByRole('list', { name: 'Medicines' }).getByRole('link').first();
  const name = (await first.textContent())?.trim() ?? '';
  await first.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const alternatives = page.getByRole('region', { name: 'Alternatives' });
  await expect(alternatives).toBeVisible();
  await expect(alternatives.getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-product.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test('words typed before the page’s script arrives are kept when it does, and suggested', async ({ page }) => {
  // A phone on slow data: the shop's HTML is there, its JavaScript is not yet.
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  // The page's scripts are held, so it never finishes loading; the box is there from the HTML.
  await page.goto('/', { waitUntil: 'commit' });
  const search = page.locator('#header-search');
  await search.fill('cetamol');
  const suggested = page.waitForResponse((r) => r.url().endsWith('/api/search/suggest?q=cetamol'));
  release();
  await hydrated(search);
  await suggested;
  await expect(search).toHaveValue('cetamol');
  await expect(page.getByRole('listbox', { name: 'Suggested medicines' }).getByRole('option').first()).toContainText(/paracetamol/i);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/products\?q=cetamol$/);
  await expect(search).toHaveValue('cetamol');
});

test('a word that could mean different medicines asks "Did you mean", and the Nepali brand Sitamol finds paracetamol', async ({ page }) => {
  await page.goto('/products?q=sitabutol');
  const choices = page.getByRole('region', { name: /Did you mean/ });
  await expect(choices).toBeVisible();
  await expect(page.getByRole('list', { name: 'Medicines' })).toHaveCount(0);
  await expect(page.getByText(/Showing results for/)).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-did-you-mean.png`, fullPage: true });
  await expectNoAxeViolations(page);

  await choices.getByRole('link', { name: /Sitamol \(paracetamol\)/i }).click();
  await expect(page).toHaveURL(/\/products\?q=sitamol$/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing results for' })).toContainText('paracetamol');
  const medicines = page.getByRole('list', { name: 'Medicines' });
  await expect(medicines.getByRole('link').first()).toBeVisible();
  await expect(medicines).not.toContainText(/salbutamol|asthalin|ventolin/i);
});

test('a search in Devanagari from the header finds paracetamol, and its page shows the Nepali generic name', async ({ page }) => {
  const suggested = await page.request.get(`/api/search/suggest?q=${encodeURIComponent('प्यारासिटामोल')}`);
  const suggestions = (await suggested.json()) as { generic: string }[];
  expect(suggestions.length).toBeGreaterThan(0);
  expect(suggestions.every((s) => /paracetamol/i.test(s.generic))).toBe(true);

  await page.goto('/');
  const search = page.locator('#header-search');
  await search.fill('सिटामोल');
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/products\\?q=${encodeURIComponent('सिटामोल')}`));
  await expect(page.getByRole('status').filter({ hasText: 'Showing results for' })).toContainText('paracetamol');
  const medicines = page.getByRole('list', { name: 'Medicines' });
  await expect(medicines.getByRole('link').first()).toBeVisible();
  await expect(medicines).not.toContainText(/salbutamol/i);

  await page.goto(`/products?q=${encodeURIComponent('प्यारासिटामोल ५००')}`);
  await expect(medicines.getByRole('link').first()).toBeVisible();
  await expect(medicines).toContainText('Paracetamol');
  await expect(medicines).not.toContainText('650 mg');
  await medicines.getByRole('link', { name: /^Calpol 500 mg$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calpol 500 mg');
  const nepali = page.getByTestId('generic-name-nepali');
  await expect(nepali).toHaveText('प्यारासिटामोल');
  await expect(nepali).toHaveAttribute('lang', 'ne');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-devanagari-product.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test('every product shows its drawn pack picture, lazily on cards, as a public cacheable image', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/products?q=paracetamol');
  const medicines = page.getByRole('list', { name: 'Medicines' });
  const pictures = medicines.getByRole('img', { name: / pack$/ });
  await expect(pictures.first()).toBeVisible();
  expect(await pictures.count()).toBe(await medicines.getByRole('listitem').count());
  const first = pictures.first();
  await expect(first).toHaveAttribute('loading', 'lazy');
  await expect(first).toHaveAttribute('src', /^\/api\/product-images\/public\/[0-9a-f]{64}\.svg$/);
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-listing-pictures.png`, fullPage: true });

  const response = await page.request.get((await first.getAttribute('src'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-security-policy']).toContain('sandbox');
  expect(await response.text()).toContain('>TABLET<');

  await page.goto('/products/calpol-500-mg-tablet');
  const pack = page.getByRole('img', { name: 'Calpol pack' });
  await expect(pack).toHaveAttribute('loading', 'eager');
  await expect.poll(() => pack.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-product-picture-mobile.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test('the header combobox suggests medicines for a typo and is keyboard navigable', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Search medicines' });
  // Suggestions for a shorter prefix may come first; the keys below act on those of the whole word.
  const whole = page.waitForResponse((r) => r.url().endsWith('/api/search/suggest?q=amoxicilin'));
  await search.pressSequentially('amoxicilin', { delay: 30 });
  await whole;
  const listbox = page.getByRole('listbox', { name: 'Suggested medicines' });
  await expect(listbox.getByRole('option').first()).toBeVisible();
  await expect(listbox.getByRole('option').first()).toContainText(/amoxicillin/i);
  await expect(search).toHaveAttribute('aria-expanded', 'true');

  await search.press('ArrowDown');
  const activeId = await search.getAttribute('aria-activedescendant');
  expect(activeId).toBeTruthy();
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page);

  await search.press('Enter');
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  await expect(page.getByRole('main').getByText(/amoxicillin/i).first()).toBeVisible();
  await expect(listbox).toBeHidden();
});

test('bad listing parameters give a normal page and never reflect markup', async ({ page }) => {
  const response = await page.goto(`/products?page=-1&category=nope&q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('We could not find that category')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  const long = await page.goto(`/products?q=${'a'.repeat(5000)}&page=abc`);
  expect(long?.status()).toBeLessThan(500);
  const unknown = await page.goto('/products/no-such-medicine');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the listing reads well on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/products?q=cetirizine');
  await expect(page.getByRole('list', { name: 'Medicines' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-mobile.png`, fullPage: true });

  await page.getByRole('list', { name: 'Medicines' }).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Alternatives' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/catalog-product-mobile.png`, fullPage: true });
});
