import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS_DIR } from './support/e2e-config';

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
