import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { packPicture } from '@/lib/catalog/pack-picture';
import { bsDateOf, formatDay, nepalToday } from '@/lib/nepal-time';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createPrescriptionRow } from '@/test-support/factories/prescription-rows';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, createStaff, createUser, type TestCustomer } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * The back office in a real browser against the built app: a pharmacist receives stock and moves
 * an order to delivered while the shopper watches, an admin changes a role, and a customer is
 * refused everywhere under /admin. Staff are made fresh here and enrol TOTP on the page, as the
 * accounts and prescriptions specs do.
 */
test.describe.configure({ mode: 'serial' });

const database = connectE2eDatabase();

/** A new staff member in a browser of their own, enrolled in two-factor on the page, in /admin. */
async function staffSession(browser: Browser, role: 'pharmacist' | 'admin'): Promise<Page> {
  const { page } = await newVisitor(browser);
  await signInNewStaff(page, await createStaff(role, { twoFactor: false }));
  return page;
}

/** A product with no stock, of a generic of its own: no alternatives on its page to show their own stock badges. */
const productWithoutStock = (name: string) => createProduct({ brandName: `${name}${uniqueTag()}`, genericName: `${name}ine`, pricePaisa: 45_00, batches: [] });

/** A confirmed cash-on-delivery order of two packs, for a shopper of its own. */
async function confirmedOrder(product: TestProduct): Promise<{ number: string; shopper: TestCustomer }> {
  const shopper = await createCustomer();
  const { number } = await createOrderRow({ userId: shopper.id, product, quantity: 2 });
  return { number, shopper };
}

let pharmacist: Page;
let admin: Page;

test.beforeAll(async ({ browser }) => {
  pharmacist = await staffSession(browser, 'pharmacist');
  admin = await staffSession(browser, 'admin');
});

test('a pharmacist receives a batch and the product shows in stock in the shop', async ({ browser }) => {
  const product = await productWithoutStock('Receivol');
  const { page: shopper } = await newVisitor(browser);
  await shopper.goto(`/products/${product.slug}`);
  await expect(shopper.getByRole('main').getByText('Out of stock').first()).toBeVisible();

  await pharmacist.goto(`/admin/stock/${product.id}`);
  await expect(pharmacist.getByTestId('sellable')).toHaveText('0');
  const form = pharmacist.getByTestId('receive-form');
  await form.getByLabel('Batch number').fill('CTZ-2611');
  await form.getByLabel('Expiry date').fill('2028-06-30');
  await form.getByLabel('Quantity (units)').fill('-3');
  await form.getByLabel('Cost per unit (Rs.)').fill('22.50');
  await form.getByRole('button', { name: 'Receive batch' }).click();
  await expect(form.locator('[data-field-error="quantity"]')).toBeVisible();
  await form.getByLabel('Quantity (units)').fill('60');
  await form.getByRole('button', { name: 'Receive batch' }).click();
  await expect(form.getByRole('status')).toContainText('Received 60 units of batch CTZ-2611');
  await pharmacist.reload();
  await expect(pharmacist.getByTestId('sellable')).toHaveText('60');
  await expect(pharmacist.getByTestId('ledger-row').first()).toHaveAttribute('data-reason', 'receive');

  await shopper.goto(`/products/${product.slug}`);
  await expect(shopper.getByRole('main').getByText('In stock').first()).toBeVisible();
  await expect(shopper.getByRole('main').getByText('Out of stock')).toHaveCount(0);
});

test('a pharmacist moves an order from confirmed to delivered and the shopper sees each step', async ({ browser }) => {
  const product = await productWithoutStock('Orderol');
  const { number, shopper } = await confirmedOrder(product);
  const { page: sita } = await newVisitor(browser);
  await signIn(sita, shopper, { next: `/orders/${number}` });
  await expect(sita).toHaveURL(new RegExp(`/orders/${number}$`));
  const timeline = sita.getByTestId('order-timeline');

  await pharmacist.goto(`/admin/orders?q=${number}`);
  await expect(pharmacist.getByTestId('order-row')).toHaveCount(1);
  await pharmacist.getByRole('link', { name: number }).click();
  await expect(pharmacist).toHaveURL(new RegExp(`/admin/orders/${number}$`));
  const steps = pharmacist.getByTestId('order-steps');
  // Only what the transition table allows from confirmed is offered.
  await expect(steps.getByRole('button')).toHaveText(['Mark packed', 'Cancel order']);

  await steps.locator('[data-step="pack"]').getByRole('button', { name: 'Mark packed' }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Packed');
  await sita.reload();
  await expect(timeline).toContainText('Packed');

  const dispatch = steps.locator('[data-step="dispatch"]');
  await dispatch.getByRole('button', { name: 'Dispatch' }).click();
  await expect(dispatch.locator('[data-field-error="courier"]')).toBeVisible();
  await dispatch.getByLabel('Courier').fill('Pathao Parcel');
  await dispatch.getByLabel('Tracking note').fill('PTH-4471, rider Hari');
  await dispatch.getByRole('button', { name: 'Dispatch' }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Dispatched');
  await sita.reload();
  await expect(timeline).toContainText('Dispatched');
  await expect(timeline).toContainText('Sent with Pathao Parcel. PTH-4471, rider Hari');

  await steps.locator('[data-step="deliver"]').getByRole('button', { name: /Mark delivered/ }).click();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Delivered');
  await expect(pharmacist.getByTestId('payment-status')).toHaveText('Paid');
  await expect(pharmacist.getByText('No further steps')).toBeVisible();
  await pharmacist.screenshot({ path: `${ARTIFACTS_DIR}/admin-order.png`, fullPage: true });
  await sita.reload();
  await expect(timeline).toContainText('Delivered');

  await pharmacist.goto(`/admin/orders/${number}/packing-slip`);
  await expect(pharmacist.getByRole('heading', { name: 'Packing slip' })).toBeVisible();
  await pharmacist.emulateMedia({ media: 'print' });
  await expect(pharmacist.getByRole('navigation', { name: 'Back office' })).toBeHidden();
  await pharmacist.screenshot({ path: `${ARTIFACTS_DIR}/admin-packing-slip-print.png`, fullPage: true });
  await pharmacist.emulateMedia({ media: 'screen' });
});

test('cancelling an order asks first: dismissing the dialog leaves the order alone, confirming cancels it', async () => {
  const { number } = await confirmedOrder(await productWithoutStock('Confirmol'));
  const statusInDatabase = async () => (await database.sql`select status from orders where number = ${number}`)[0]!.status as string;
  await pharmacist.goto(`/admin/orders/${number}`);
  const cancel = pharmacist.getByTestId('order-steps').locator('[data-step="cancel"]');
  await cancel.getByLabel('Reason (the shopper sees it)').fill('Out of the shop\'s delivery area');
  const trigger = cancel.getByRole('button', { name: 'Cancel order' });
  const dialog = pharmacist.getByRole('dialog', { name: `Cancel order ${number}?` });

  // Escape closes it without acting, and focus goes back to the button that opened it.
  await trigger.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Its stock goes back on the shelf');
  await expect(dialog.getByRole('button', { name: 'Keep the order' })).toBeFocused();
  await pharmacist.screenshot({ path: `${ARTIFACTS_DIR}/admin-confirm-dialog-desktop.png` });
  const { violations } = await new AxeBuilder({ page: pharmacist }).include('[role="dialog"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Tab stays inside the dialog.
  await pharmacist.keyboard.press('Tab');
  await pharmacist.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Keep the order' })).toBeFocused();
  await pharmacist.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await expect(pharmacist.getByTestId('order-status')).toHaveText('Confirmed');
  expect(await statusInDatabase()).toBe('confirmed');

  // "Keep the order" closes it without acting too, on a phone as well.
  await pharmacist.setViewportSize({ width: 390, height: 844 });
  try {
    await trigger.click();
    await expect(dialog).toBeVisible();
    await pharmacist.screenshot({ path: `${ARTIFACTS_DIR}/admin-confirm-dialog-phone.png` });
    await dialog.getByRole('button', { name: 'Keep the order' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await statusInDatabase()).toBe('confirmed');

    // Confirming submits the real form, reason included.
    await trigger.click();
    await dialog.getByRole('button', { name: 'Cancel the order' }).click();
    await expect(pharmacist.getByTestId('order-status')).toHaveText('Cancelled');
    expect(await statusInDatabase()).toBe('cancelled');
    const [event] = await database.sql`select e.note from order_events e join orders o on o.id = e.order_id where o.number = ${number} and e.to_status = 'cancelled'`;
    expect(event!.note).toContain('delivery area');
  } finally {
    await pharmacist.setViewportSize({ width: 1280, height: 720 });
  }
});

test('an admin changes a user role and the dashboard is captured', async () => {
  const { email } = await createUser({ name: 'Promote Me' });
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
  await row.getByLabel('Role').selectOption('pharmacist');
  await row.getByRole('button', { name: 'Change role' }).click();
  await admin.getByRole('dialog', { name: `Make ${email} a pharmacist?` }).getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toContainText('Role changed from customer to pharmacist');
  const [saved] = await database.sql`select role from users where email = ${email}`;
  expect(saved!.role).toBe('pharmacist');
  await admin.goto('/admin/audit?action=user.role_changed');
  await expect(admin.getByTestId('audit-row').first()).toContainText('user.role_changed');
  // Staff filter by the day in Bikram Sambat; the form says which day it read, or that it could not.
  const today = bsDateOf(nepalToday())!;
  const filters = admin.getByRole('form', { name: 'Filter audit log' });
  await filters.getByLabel('From').fill(`${today.year}-${today.month}-${today.day}`);
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(admin.getByTestId('from-day-reading')).toHaveText(formatDay(nepalToday()));
  await expect(admin.getByTestId('audit-row').first()).toContainText('user.role_changed');
  await filters.getByLabel('From').fill(`${today.year}-${today.month}-33`);
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(admin.getByTestId('from-day-reading')).toHaveText('Not a date: not filtering');

  await admin.goto('/admin');
  await expect(admin.getByTestId('daily-sales-chart')).toBeVisible();
  await expect(admin.getByTestId('status-chart')).toBeVisible();
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/admin-dashboard.png`, fullPage: true });
  // The figure links to the list behind it.
  await admin.getByTestId('sales-30').getByTestId('order-count').click();
  await expect(admin).toHaveURL(/\/admin\/orders\?from=.*counted=1/);
});

test('a customer is refused everywhere in /admin', async ({ browser }) => {
  const product = await productWithoutStock('Refusol');
  const { number, shopper } = await confirmedOrder(product);
  const { page } = await newVisitor(browser);
  await signIn(page, shopper);
  const paths = [
    '/admin',
    '/admin/orders',
    `/admin/orders/${number}`,
    `/admin/orders/${number}/invoice`,
    `/admin/orders/${number}/packing-slip`,
    '/admin/stock',
    '/admin/stock/batches?expired=1',
    `/admin/stock/${product.id}`,
    '/admin/products',
    '/admin/products/new',
    `/admin/products/${product.id}`,
    '/admin/categories',
    `/admin/categories/${product.categoryId}`,
    '/admin/users',
    '/admin/audit',
    '/admin/prescriptions',
    '/admin/outbox',
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('navigation', { name: 'Back office' })).toHaveCount(0);
    await expect(page.getByText(number)).toHaveCount(0);
  }
  for (const path of ['/api/admin/exports/orders', '/api/admin/exports/stock']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
  }
});

test('the back-office nav shows how many prescriptions wait for review and keeps the number current', async ({ browser }) => {
  const waiting = async () => Number((await database.sql`select count(*)::int as n from prescriptions where status = 'pending'`)[0]!.n);
  const addPending = async () => createPrescriptionRow({ userId: (await createUser({ name: 'Queue Shopper' })).id });
  await addPending();
  const page = await staffSession(browser, 'pharmacist');
  // Timers under the test's control: the badge's 30-second poll runs when the clock is moved on.
  await page.clock.install();
  await page.goto('/admin/orders');
  const badge = page.getByRole('navigation', { name: 'Back office' }).getByTestId('review-queue-count');
  await expect(badge).toHaveText(`${await waiting()} waiting for review`);
  await expect(page.getByRole('link', { name: /Prescriptions \d+ waiting for review/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Back office' }).screenshot({ path: `${ARTIFACTS_DIR}/admin-queue-badge.png` });

  await addPending();
  const expected = `${await waiting()} waiting for review`;
  await page.clock.fastForward('00:31');
  await expect(badge).toHaveText(expected);
  await page.context().close();
});

test('an uploaded photo replaces the drawn pack, in the shop too, resized through next/image', async ({ browser }) => {
  const brandName = `Packol${uniqueTag()}`;
  const pack = packPicture({ brandName, strength: '500 mg', dosageForm: 'Tablet', manufacturer: 'Test Pharma', categorySlug: 'pain-and-fever', requiresPrescription: false });
  await database.sql`insert into product_images (key, content_type, bytes) values (${pack.key}, ${pack.contentType}, ${pack.bytes}) on conflict do nothing`;
  const product = await createProduct({ brandName, imageUrl: pack.url });

  const { page: shopper } = await newVisitor(browser);
  await shopper.goto(`/products/${product.slug}`);
  const picture = shopper.getByRole('img', { name: `${brandName} pack` });
  await expect(picture).toHaveAttribute('src', pack.url);

  await admin.goto(`/admin/products/${product.id}`);
  const photo = await sharp({ create: { width: 600, height: 450, channels: 3, background: '#0369a1' } }).png().toBuffer();
  await admin.getByLabel('Product image (JPEG, PNG or WebP)').setInputFiles({ name: 'pack-photo.png', mimeType: 'image/png', buffer: photo });
  await admin.getByTestId('image-form').getByRole('button', { name: 'Upload image' }).click();
  await expect(admin.getByRole('img', { name: `${brandName} pack` })).toHaveAttribute('src', /^\/_next\/image\?url=%2Fapi%2Fproduct-images%2Fpublic%2F[0-9a-f]{64}\.webp/);

  await expect(async () => {
    await shopper.reload();
    await expect(picture).toHaveAttribute('src', /^\/_next\/image\?url=%2Fapi%2Fproduct-images%2Fpublic%2F[0-9a-f]{64}\.webp/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // The photo itself is a public, immutable file: the bytes stored for it, with no decryption step.
  const [stored] = await database.sql`select i.key, i.bytes from products p join product_images i on p.image_url = '/api/product-images/public/' || i.key where p.id = ${product.id}`;
  const direct = await shopper.request.get(`/api/product-images/public/${stored!.key}`);
  expect(direct.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(direct.headers()['content-type']).toBe('image/webp');
  expect((await direct.body()).equals(Buffer.from(stored!.bytes))).toBe(true);
  await expect(picture).toHaveAttribute('srcset', /w=\d+.* \d+w/);
  await expect(picture).toHaveAttribute('sizes', '(min-width: 768px) 50vw, 100vw');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});
