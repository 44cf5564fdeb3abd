import { expect, test } from '@playwright/test';
import { createProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createStaff } from '@/test-support/factories/users';
import { signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Medicines never sold online on the production build: a reserve antibiotic's page says why and
 * offers no cart; an admin lists another generic and its (cached) page changes at once; taking it
 * off the list asks first.
 */
connectE2eDatabase();

test('a reserve antibiotic is shown with the reason and cannot be added to the cart', async ({ browser }) => {
  const product = await createProduct({ brandName: `Meronem${uniqueTag()}`, genericName: 'Meropenem', strength: '1 g', dosageForm: 'Injection' });
  const { page } = await newVisitor(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/products/${product.slug}`);
  await expect(page.getByTestId('not-sold-online')).toContainText('Not sold online.');
  await expect(page.getByTestId('not-sold-online')).toContainText('reserve antibiotic');
  await expect(page.getByRole('button', { name: /Add .* to cart/ })).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/not-sold-online-phone.png`, fullPage: true });
});

test('an admin lists a generic, its page stops offering the cart at once, and unlisting asks first', async ({ browser }) => {
  const generic = `Testacillin${uniqueTag().toLowerCase().replace(/[^a-z]/g, '')}`;
  const product = await createProduct({ brandName: `Testa${uniqueTag()}`, genericName: generic });
  const { page: shopper } = await newVisitor(browser);
  await shopper.goto(`/products/${product.slug}`);
  await expect(shopper.getByRole('button', { name: `Add ${product.brandName} to cart` })).toBeVisible();

  const { page: admin } = await newVisitor(browser);
  await signInNewStaff(admin, await createStaff('admin', { twoFactor: false }));
  await admin.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Not sold online' }).click();
  await admin.getByRole('button', { name: 'Add to the list' }).click();
  await expect(admin.locator('[data-field-error="genericName"]')).toBeVisible();
  await admin.getByLabel('Generic name').fill(generic);
  await admin.getByLabel('Why (shown to shoppers)').fill('Kept for hospital use while we review it.');
  await admin.getByRole('button', { name: 'Add to the list' }).click();
  await expect(admin.getByTestId('regulated-row').filter({ hasText: generic.toLowerCase() })).toBeVisible();
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/admin-not-sold-online.png`, fullPage: true });

  await shopper.reload();
  await expect(shopper.getByTestId('not-sold-online')).toContainText('Kept for hospital use while we review it.');
  await expect(shopper.getByRole('button', { name: `Add ${product.brandName} to cart` })).toHaveCount(0);

  await admin.getByTestId('regulated-row').filter({ hasText: generic.toLowerCase() }).getByRole('button', { name: 'Remove' }).click();
  await expect(admin.getByRole('dialog')).toContainText(`Sell ${generic.toLowerCase()} online again?`);
  await admin.getByRole('dialog').getByRole('button', { name: 'Remove from list' }).click();
  await expect(admin.getByTestId('regulated-row').filter({ hasText: generic.toLowerCase() })).toHaveCount(0);
  await shopper.reload();
  await expect(shopper.getByRole('button', { name: `Add ${product.brandName} to cart` })).toBeVisible();
});
