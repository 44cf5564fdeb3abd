import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Trust details (issue 15, part 6): an admin saves the pharmacy's licence details and delivery times
 * in /admin/settings; every page's footer (cached pages too) shows them at once; a product page
 * shows the delivery estimate; a tax invoice gets the next number of the fiscal year and says
 * medicines are VAT-exempt. A pharmacist cannot open the settings.
 */
test.describe.configure({ mode: 'serial' });

const database = connectE2eDatabase();
let admin: Page;
let product: TestProduct;
const licence = `DDA ${uniqueTag().slice(0, 4)}/082-83`;

async function shot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${ARTIFACTS_DIR}/trust-${name}-${width}.png`, fullPage: true });
  }
}

test.beforeAll(async ({ browser }) => {
  product = await createProduct({ brandName: `Trustol${uniqueTag()}`, batches: [{ quantity: 30 }] });
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff('admin', { twoFactor: false }));
  admin = page;
});

test('an admin saves the licence details; the shop footer shows them at once, cached pages included', async ({ browser }) => {
  const { page: visitor } = await newVisitor(browser);
  // The cached home page is built before the change, so the save must expire it.
  await visitor.goto('/');
  await expect(visitor.getByTestId('pharmacy-licence')).toBeVisible();

  await admin.goto('/admin/settings');
  const form = admin.getByTestId('pharmacy-details-form');
  await form.getByLabel('DDA licence number').fill(licence);
  await form.getByLabel('PAN').fill('60123');
  await form.getByLabel('Email').fill('<script>@x');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.locator('[data-field-error="panNumber"]')).toContainText('9 digits');
  await expect(form.locator('[data-field-error="email"]')).toBeVisible();
  await form.getByLabel('PAN').fill('601234567');
  await form.getByLabel('Email').fill('care@medinest.test');
  await form.getByLabel('Pharmacist in charge', { exact: true }).fill('Sita Sharma');
  await form.getByLabel('Address in Nepali').fill('पुतलीसडक-२८, काठमाडौं');
  await form.getByLabel('NPC or NMC registration number').fill('NPC A-4321');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');
  await shot(admin, 'settings');
  const { violations } = await new AxeBuilder({ page: admin }).include('main').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const [audit] = await database.sql`select details from audit_log where action = 'settings.pharmacy_details_saved' order by id desc limit 1`;
  expect(JSON.stringify(audit!.details)).toContain(licence);

  await visitor.goto('/');
  const footer = visitor.getByTestId('pharmacy-licence');
  await expect(footer).toContainText(`DDA licence no. ${licence} · PAN 601234567`);
  await expect(footer).toContainText('Pharmacist in charge: Sita Sharma (NPC A-4321)');
  // Another visitor: opening /ne remembers Nepali for whoever opens it.
  const { page: nepaliVisitor } = await newVisitor(browser);
  await nepaliVisitor.goto('/ne');
  await expect(nepaliVisitor.getByTestId('pharmacy-licence')).toContainText('पुतलीसडक-२८, काठमाडौं');
  for (const [link, heading] of [['Returns and refunds', 'Returns and refunds'], ['Privacy', 'Privacy'], ['Contact us', 'Contact us'], ['Delivery times', 'Delivery times']] as const) {
    await visitor.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await expect(visitor.getByRole('main')).not.toContainText('Not yet');
  await visitor.getByRole('contentinfo').getByRole('link', { name: 'Contact us' }).click();
  await expect(visitor.getByRole('main')).toContainText('care@medinest.test');
  await shot(visitor, 'contact');
});

test('delivery times by district show on the product page and per address at checkout', async ({ browser }) => {
  await admin.goto('/admin/settings');
  const form = admin.getByTestId('delivery-days-form');
  await form.getByLabel('Kathmandu: from').fill('1');
  await form.getByLabel('Kathmandu: to').fill('2');
  await form.getByLabel('Humla: from').fill('9');
  await form.getByLabel('Humla: to').fill('3');
  await form.getByRole('button', { name: 'Save delivery times' }).click();
  await expect(form.getByText('The longest estimate cannot be shorter than the shortest')).toBeVisible();
  await form.getByLabel('Humla: to').fill('12');
  await form.getByLabel('Dolpa: from').fill('');
  await form.getByLabel('Dolpa: to').fill('');
  await form.getByRole('button', { name: 'Save delivery times' }).click();
  await expect(form.getByRole('status')).toContainText('Saved: 76 districts');

  const { page: visitor } = await newVisitor(browser);
  await visitor.goto(`/products/${product.slug}`);
  await expect(visitor.getByTestId('delivery-estimate')).toContainText('1–2 days in Kathmandu, 1–12 days across the 76 districts');
  await visitor.goto('/delivery');
  await expect(visitor.getByTestId('delivery-Karnali')).toContainText('Dolpa');
  await expect(visitor.getByTestId('delivery-Karnali')).toContainText('Not yet');

  const shopper = await createCustomer({ address: { district: 'Dolpa', province: 'Karnali' } });
  const { page } = await newVisitor(browser);
  await signIn(page, shopper);
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await expect(page.getByTestId('delivery-note').first()).toHaveText('We do not deliver to Dolpa yet.');
});

test('a tax invoice takes the next number of the Nepal fiscal year, once, and says medicines are VAT-exempt', async ({ browser }) => {
  const shopper = await createCustomer();
  const { number } = await createOrderRow({ userId: shopper.id, product, quantity: 2 });
  await admin.goto(`/admin/orders/${number}/invoice`);
  await expect(admin.getByTestId('invoice-not-issued')).toContainText('No invoice yet');
  await admin.getByRole('button', { name: 'Issue invoice' }).click();
  await admin.getByRole('dialog', { name: 'Issue the tax invoice?' }).getByRole('button', { name: 'Issue invoice' }).click();
  const invoiceNumber = admin.getByTestId('invoice-number');
  await expect(invoiceNumber).toHaveText(/^20\d\d\/\d\d-\d{6}$/);
  const issued = await invoiceNumber.innerText();
  const [row] = await database.sql`select i.number, i.sequence, c.last_sequence from invoices i join orders o on o.id = i.order_id join invoice_counters c on c.fiscal_year = i.fiscal_year where o.number = ${number}`;
  expect(row!.number).toBe(issued);
  expect(row!.sequence).toBe(row!.last_sequence);
  await expect(admin.getByTestId('vat-note')).toContainText('Medicines are exempt from VAT');
  await expect(admin.getByTestId('print-seller')).toContainText(`PAN 601234567 · DDA licence ${licence}`);
  await expect(admin.getByRole('main')).toContainText('Dispensed under Sita Sharma, NPC A-4321');
  await shot(admin, 'invoice');
  // Reloading shows the same invoice; no second number is taken.
  await admin.reload();
  await expect(invoiceNumber).toHaveText(issued);

  const pharmacistPage = (await newVisitor(browser)).page;
  await signInNewStaff(pharmacistPage, await createStaff('pharmacist', { twoFactor: false }));
  expect((await pharmacistPage.goto('/admin/settings'))?.status()).toBe(403);
  await expect(pharmacistPage.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
});
