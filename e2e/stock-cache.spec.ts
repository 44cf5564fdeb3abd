import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { ARTIFACTS_DIR, E2E_PORT, E2E_STATE_FILE } from './support/e2e-config';

/**
 * Cached stock on the production build: when the expiry sweep (a cron call, no shopper or staff
 * request involved) puts an unpaid order's units back, the product page shows them on its next
 * load, not an hour later when the cache's safety net runs out.
 */
type State = { databaseUrl: string; cronSecret: string };
const state = (): State => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as State;
const SANDBOX = `http://127.0.0.1:${E2E_PORT + 1}`;
const tag = randomBytes(3).toString('hex');
const PASSWORD = 'Gosaikunda-trail-2083';
const email = `stock-${tag}@example.com`;
// A generic of its own, so no alternative's badge on the page can be mistaken for this one's.
const product = { slug: `e2e-stock-${tag}`, brandName: `E2E Stockamol ${tag}`, genericName: `Stockamol ${tag}`, pricePaisa: 80_00 };
let sql: postgres.Sql;

test.beforeAll(async () => {
  sql = postgres(state().databaseUrl, { max: 2, onnotice: () => {} });
  const [category] = await sql`insert into categories (slug, name) values (${`e2e-stock-${tag}`}, ${`E2E stock ${tag}`}) returning id`;
  const [row] = await sql`
    insert into products (slug, brand_name, generic_name, strength, dosage_form, pack_size, manufacturer, category_id, price_paisa, mrp_paisa)
    values (${product.slug}, ${product.brandName}, ${product.genericName}, '500 mg', 'Tablet', '10 tablets', 'E2E Labs', ${category!.id}, ${product.pricePaisa}, ${product.pricePaisa})
    returning id`;
  const [batch] = await sql`insert into inventory_batches (product_id, batch_number, expiry_date, quantity) values (${row!.id}, ${`E2E-STOCK-${tag}`}, '2099-12-31', 5) returning id`;
  await sql`insert into stock_movements (product_id, batch_id, quantity_change, reason) values (${row!.id}, ${batch!.id}, 5, 'receive')`;
  const [user] = await sql`insert into users (email, name, phone, password_hash) values (${email}, 'Pemba Sherpa', '9841000789', ${await hashPassword(PASSWORD)}) returning id`;
  await sql`
    insert into addresses (user_id, label, recipient_name, phone, province, district, municipality, ward, street, is_default)
    values (${user!.id}, 'Home', 'Pemba Sherpa', '9841000789', 'Bagmati', 'Lalitpur', 'Lalitpur Metropolitan City', 3, 'Pulchowk Road 2', true)`;
});

test.afterAll(async () => {
  await sql?.end();
});

test('the expiry sweep puts an unpaid order’s stock back on the product page at once', async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 1}` });
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto(`/products/${product.slug}`);
  await expect(page.getByText('Only 5 left')).toBeVisible();
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /eSewa/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  // The shopper reaches eSewa and never pays.
  await expect(page).toHaveURL(`${SANDBOX}/api/epay/main/v2/form`);

  await page.goto(`/products/${product.slug}`);
  await expect(page.getByText('Only 4 left')).toBeVisible();

  // The payment window closes; the page is loaded (and cached) once more before the sweep.
  await sql`update orders set expires_at = now() - interval '1 minute' where user_id = (select id from users where email = ${email}) and status = 'pending_payment'`;
  await page.reload();
  await expect(page.getByText('Only 4 left')).toBeVisible();

  const sweep = await page.request.post('/api/cron/expire-orders', { headers: { authorization: `Bearer ${state().cronSecret}` } });
  expect(sweep.status()).toBe(200);
  expect((await sweep.json()).expired).toBeGreaterThanOrEqual(1);
  const [order] = await sql`select o.status from orders o join users u on u.id = o.user_id where u.email = ${email}`;
  expect(order!.status).toBe('cancelled');

  await page.reload();
  await expect(page.getByText('Only 5 left')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/stock-after-expiry-sweep.png`, fullPage: true });
});
