import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';

/**
 * The back office in a real browser against the built app: a pharmacist receives stock and moves
 * an order to delivered while the shopper watches, an admin changes a role, and a customer is
 * refused everywhere under /admin. Staff are made fresh here and enrol TOTP on the page, as the
 * accounts and prescriptions specs do.
 */
test.describe.configure({ mode: 'serial' });

const state = (): { databaseUrl: string } => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
const SITA = { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913' };
const freshIp = () => `198.18.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

async function withSql<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(state().databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function createStaff(role: 'pharmacist' | 'admin') {
  const email = `${role}-${randomUUID().slice(0, 8)}@medinest.test`;
  const password = `Back-office-${role}-${randomUUID().slice(0, 6)}`;
  const passwordHash = await hashPassword(password);
  await withSql((sql) => sql`insert into users (email, name, phone, password_hash, role) values (${email}, ${`Test ${role}`}, '9801234567', ${passwordHash}, ${role})`);
  return { email, password };
}

async function newVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // Sign-in is rate-limited per IP; each context looks like its own visitor.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, account: { email: string; password: string }, next = '/') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** A new staff member signs in, is sent to enrol TOTP, enrols with a code from the key on the page, and lands in /admin. */
async function staffSession(browser: Browser, role: 'pharmacist' | 'admin'): Promise<Page> {
  const { page } = await newVisitor(browser);
  await signIn(page, await createStaff(role), '/admin');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code from your app').fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await page.getByRole('link', { name: /continue/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

const tag = () => randomBytes(3).toString('hex');

async function createProduct(name: string): Promise<{ id: number; slug: string }> {
  return withSql(async (sql) => {
    const [category] = await sql`select id from categories order by sort_order limit 1`;
    const slug = `${name.toLowerCase()}-${tag()}`;
    // A generic of its own: no alternatives on its page to show their own stock badges.
    const [row] = await sql`insert into products (slug, brand_name, generic_name, strength, dosage_form, pack_size, manufacturer, category_id, price_paisa, mrp_paisa)
      values (${slug}, ${name}, ${`${name}ine`}, '10 mg', 'Tablet', '10 tablets', 'Back Office Labs', ${category!.id}, 4500, 5000) returning id`;
    return { id: row!.id as number, slug };
  });
}

/** A confirmed cash-on-delivery order of Sita's, written as placeOrder would leave it. */
async function confirmedOrderForSita(productId: number): Promise<string> {
  return withSql(async (sql) => {
    const [sita] = await sql`select id from users where email = ${SITA.email}`;
    const number = `MN-${new Date().toISOString().slice(2, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
    const address = { recipientName: 'Sita Sharma', phone: '9841234567', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu Metropolitan City', ward: 10, street: 'Baneshwor Height', landmark: null };
    const [order] = await sql`insert into orders (number, user_id, status, payment_method, subtotal_paisa, delivery_fee_paisa, total_paisa, address, checkout_key)
      values (${number}, ${sita!.id}, 'confirmed', 'cod', 9000, 10000, 19000, ${sql.json(address)}, ${randomUUID()}) returning id`;
    await sql`insert into order_items (order_id, product_id, product_name, generic_name, strength, requires_prescription, unit_price_paisa, quantity, line_total_paisa)
      values (${order!.id}, ${productId}, 'Backoffice Cetirizine', 'Cetirizine', '10 mg', false, 4500, 2, 9000)`;
    await sql`insert into order_events (order_id, type, to_status, to_payment_status, actor_id, actor_role) values (${order!.id}, 'placed', 'confirmed', 'unpaid', ${sita!.id}, 'customer')`;
    return number;
  });
}

let pharmacist: Page;
let admin: Page;

test.beforeAll(async ({ browser }) => {
  pharmacist = await staffSession(browser, 'pharmacist');
  admin = await staffSession(browser, 'admin');
});

test('a pharmacist receives a batch and the product shows in stock in the shop', async ({ browser }) => {
  const product = await createProduct(`Receivol${tag()}`);
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
  const product = await createProduct(`Orderol${tag()}`);
  const number = await confirmedOrderForSita(product.id);
  const { page: sita } = await newVisitor(browser);
  await signIn(sita, SITA, `/orders/${number}`);
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
  const product = await createProduct(`Confirmol${tag()}`);
  const number = await confirmedOrderForSita(product.id);
  const statusInDatabase = async () => (await withSql((sql) => sql`select status from orders where number = ${number}`))[0]!.status as string;
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
    const [event] = await withSql((sql) => sql`select e.note from order_events e join orders o on o.id = e.order_id where o.number = ${number} and e.to_status = 'cancelled'`);
    expect(event!.note).toContain('delivery area');
  } finally {
    await pharmacist.setViewportSize({ width: 1280, height: 720 });
  }
});

test('an admin changes a user role and the dashboard is captured', async () => {
  const email = `promote-${tag()}@example.test`;
  await withSql((sql) => sql`insert into users (email, name, password_hash) values (${email}, 'Promote Me', 'not-a-hash')`);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
  await row.getByLabel('Role').selectOption('pharmacist');
  await row.getByRole('button', { name: 'Change role' }).click();
  await admin.getByRole('dialog', { name: `Make ${email} a pharmacist?` }).getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toContainText('Role changed from customer to pharmacist');
  const [saved] = await withSql((sql) => sql`select role from users where email = ${email}`);
  expect(saved!.role).toBe('pharmacist');
  await admin.goto('/admin/audit?action=user.role_changed');
  await expect(admin.getByTestId('audit-row').first()).toContainText('user.role_changed');

  await admin.goto('/admin');
  await expect(admin.getByTestId('daily-sales-chart')).toBeVisible();
  await expect(admin.getByTestId('status-chart')).toBeVisible();
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/admin-dashboard.png`, fullPage: true });
  // The figure links to the list behind it.
  await admin.getByTestId('sales-30').getByTestId('order-count').click();
  await expect(admin).toHaveURL(/\/admin\/orders\?from=.*counted=1/);
});

test('a customer is refused everywhere in /admin', async ({ browser }) => {
  const product = await createProduct(`Refusol${tag()}`);
  const number = await confirmedOrderForSita(product.id);
  const { page } = await newVisitor(browser);
  await signIn(page, SITA);
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
  const waiting = async () => withSql(async (sql) => Number((await sql`select count(*)::int as n from prescriptions where status = 'pending'`)[0]!.n));
  const addPending = () =>
    withSql(async (sql) => {
      const [customer] = await sql`insert into users (email, name, password_hash) values (${`queue-${tag()}@example.com`}, 'Queue Shopper', 'x') returning id`;
      await sql`insert into prescriptions (user_id, file_key, file_storage, file_mime, file_size, file_sha256, ocr_status)
        values (${customer!.id}, ${`queue-${tag()}`}, 'local', 'application/pdf', 1, 'x', 'failed')`;
    });
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
