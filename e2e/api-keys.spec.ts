import { expect, test } from '@playwright/test';
import { createStaff } from '@/test-support/factories/users';
import { signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * An admin issues a partner API key in the back office, sees it once, the partner's server uses it
 * over HTTP, and after the admin revokes it (confirming first) the next request is refused.
 */
connectE2eDatabase();

test('an admin issues a partner key, it works once handed over, and stops when revoked', async ({ browser, playwright, baseURL }) => {
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff('admin', { twoFactor: false }));
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page).toHaveURL(/\/admin\/api-keys$/);

  // No name and no scope: both refused beside their fields.
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.locator('[data-field-error="name"]')).toBeVisible();
  await expect(page.locator('[data-field-error="scope:catalog:read"]')).toHaveText('Choose at least one scope.');

  const name = `Courier ${Date.now().toString(36)}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel(/orders:read/).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByTestId('new-api-key').getByRole('textbox');
  await expect(shown).toHaveValue(/^mnk_/);
  const key = await shown.inputValue();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-api-key-created.png`, fullPage: true });

  const partner = await playwright.request.newContext({ baseURL });
  const list = () => partner.get('/api/v1/partner/orders', { headers: { authorization: `Bearer ${key}` } });
  expect((await list()).status()).toBe(200);

  // Shown once: the list names the key by its first characters only.
  await page.goto('/admin/api-keys');
  const row = page.getByTestId('api-key-row').filter({ hasText: name });
  await expect(row).toContainText(`${key.slice(0, 12)}…`);
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(row).not.toContainText('Never');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/admin-api-keys-phone.png`, fullPage: true });
  await row.getByRole('button', { name: 'Revoke' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Revoke “${name}”?`);
  await dialog.getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByTestId('api-key-row').filter({ hasText: name }).getByTestId('revoked')).toBeVisible();
  expect((await list()).status()).toBe(401);
  await partner.dispose();
});
