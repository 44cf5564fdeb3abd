import { expect, test } from '@playwright/test';
import { ARTIFACTS_DIR } from './support/e2e-config';

// The foundation smoke test: the home page renders, the header search submits, seeded products show.
test('searching from the header on the home page lists seeded medicines', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shop by category' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/home.png`, fullPage: true });

  const search = page.locator('#header-search');
  await search.fill('paracetamol');
  await search.press('Enter');

  await expect(page).toHaveURL(/\/products\?q=paracetamol/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('paracetamol');
  const results = page.getByRole('list', { name: 'Medicines' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toContainText(/paracetamol/i);
  await expect(page.getByText(/Showing 1–\d+ of \d+ medicines?/)).toBeVisible();

  await page.screenshot({ path: `${ARTIFACTS_DIR}/home-search.png`, fullPage: true });
});
