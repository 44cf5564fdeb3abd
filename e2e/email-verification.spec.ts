import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { readFakeInbox } from '@/test-support/fake-resend';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';

/**
 * Email verification on the production build: registration answers the same for a new and a
 * registered email, an unconfirmed shopper cannot check out (page or action), the link read from
 * the fake Resend inbox confirms the address once, and reused or forged links get a clear page.
 */
type State = { databaseUrl: string; cronSecret: string; fakeResendUrl: string };
const state = (): State => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as State;
const tag = randomBytes(3).toString('hex');
const PASSWORD = 'Tilicho-lake-2082-blue';
const product = { slug: `e2e-verify-${tag}`, brandName: `E2E Verimol ${tag}` };
let sql: postgres.Sql;
let ipCounter = 0;
const freshIp = () => `192.0.2.${(ipCounter++ % 250) + 1}`;

test.beforeAll(async () => {
  sql = postgres(state().databaseUrl, { max: 2, onnotice: () => {} });
  const [category] = await sql`insert into categories (slug, name) values (${`e2e-verify-${tag}`}, ${`E2E verify ${tag}`}) returning id`;
  const [row] = await sql`
    insert into products (slug, brand_name, generic_name, strength, dosage_form, pack_size, manufacturer, category_id, price_paisa, mrp_paisa)
    values (${product.slug}, ${product.brandName}, 'Verimol', '500 mg', 'Tablet', '10 tablets', 'E2E Labs', ${category!.id}, 5000, 5000)
    returning id`;
  const [batch] = await sql`insert into inventory_batches (product_id, batch_number, expiry_date, quantity) values (${row!.id}, ${`E2E-V-${tag}`}, '2099-12-31', 20) returning id`;
  await sql`insert into stock_movements (product_id, batch_id, quantity_change, reason) values (${row!.id}, ${batch!.id}, 20, 'receive')`;
});

test.afterAll(async () => {
  await sql?.end();
});

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
});

async function register(page: Page, email: string, name: string) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mobile number').fill('9841556677');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);
  return page.getByRole('main').innerText();
}

async function signIn(page: Page, email: string, password: string, next = '/checkout') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

async function addToCart(page: Page) {
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
}

/** What the fake Resend received for an address, after the outbox has been dispatched. */
async function inboxOf(page: Page, email: string) {
  const response = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${state().cronSecret}` } });
  expect(response.status()).toBe(200);
  return (await readFakeInbox(state().fakeResendUrl)).filter((m) => m.to.includes(email));
}

const linkIn = (text: string | undefined) => /http:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(text ?? '')?.[0];
const pathOf = (link: string) => link.replace(/^http:\/\/[^/]+/, '');

test('register → same answer for a new and a registered email → no checkout until the emailed link is opened → checkout', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `verify-${tag}@example.com`;
  const firstAnswer = await register(page, email, 'Dawa Lama');
  await expect(page.getByRole('heading', { name: 'Check your email to finish' })).toBeVisible();
  // Nobody is signed in by registering.
  await expect(page.getByTestId('account-link')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/verify-check-email.png`, fullPage: true });

  // Someone else registers the same address (in another case): the very same page, no account change.
  const stranger = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  const strangerPage = await stranger.newPage();
  expect(await register(strangerPage, email.toUpperCase(), 'Not Dawa')).toBe(firstAnswer);
  await stranger.close();
  const [accounts] = await sql`select count(*)::int as count from users where email = ${email}`;
  expect(accounts!.count).toBe(1);

  const mails = await inboxOf(page, email);
  expect(mails.map((m) => m.subject).sort()).toEqual(['Confirm your email for MediNest', 'Someone tried to register with your email']);
  const notice = mails.find((m) => m.subject.startsWith('Someone tried'))!;
  expect(notice.text).toContain('/forgot-password');
  expect(linkIn(notice.text)).toBeUndefined();

  // Signed in but unconfirmed: checkout shows the notice and no way to place the order.
  await signIn(page, email, PASSWORD, '/products');
  await addToCart(page);
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { name: 'Confirm your email to place an order' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/verify-checkout-notice-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Resend: new links arrive; past the limit (three an hour) a clear message says when to try again.
  await page.getByRole('button', { name: 'Resend verification email' }).click();
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.getByRole('button', { name: 'Resend verification email' }).click();
    await expect(page.getByRole('main').getByRole(i < 2 ? 'status' : 'alert').filter({ hasText: i < 2 ? 'We sent a new link' : 'Too many attempts' })).toBeVisible();
  }
  const links = (await inboxOf(page, email)).filter((m) => m.subject === 'Confirm your email for MediNest').map((m) => linkIn(m.text)!);
  expect(links).toHaveLength(4); // the one from registering, and three resent

  // Opening the newest link confirms the address; the token leaves the address bar.
  await page.goto(pathOf(links.at(-1)!));
  await expect(page).toHaveURL(/\/verify-email\/confirmed$/);
  await expect(page.getByRole('heading', { name: 'Email confirmed' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/verify-confirmed.png`, fullPage: true });
  await page.getByRole('link', { name: 'Continue to checkout' }).click();

  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByLabel('Recipient name').fill('Dawa Lama');
  await page.getByLabel('Mobile number').fill('9841556677');
  await page.getByLabel('Province').selectOption('Bagmati');
  await page.getByLabel('District').selectOption('Lalitpur');
  await page.getByLabel('Municipality / rural municipality').fill('Lalitpur Metropolitan City');
  await page.getByLabel('Ward number').fill('3');
  await page.getByLabel('Street / tole').fill('Pulchowk Road');
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByRole('radio', { name: /Home/ })).toBeChecked();
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/MN-\d{6}-[A-Z0-9]{8}\?placed=1$/);

  // The same link again, an older one (spent by the first use) and a forged one: a clear refusal.
  for (const link of [pathOf(links.at(-1)!), pathOf(links[0]!), '/verify-email?token=' + 'A'.repeat(43), '/verify-email']) {
    await page.goto(link);
    await expect(page, link).toHaveURL(/\/verify-email\/not-valid$/);
    await expect(page.getByRole('heading', { name: 'Confirmation link not valid' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/invalid, has expired or was already used/);
  }
  await page.screenshot({ path: `${ARTIFACTS_DIR}/verify-not-valid.png`, fullPage: true });
});

test('the place-order action refuses an unconfirmed email even with the form already on the page', async ({ page }) => {
  const email = `unconfirmed-${tag}@example.com`;
  const [user] = await sql`insert into users (email, name, phone, password_hash, email_verified_at) values (${email}, 'Nima Sherpa', '9841000999', ${await hashPassword(PASSWORD)}, now()) returning id`;
  await sql`
    insert into addresses (user_id, label, recipient_name, phone, province, district, municipality, ward, street, is_default)
    values (${user!.id}, 'Home', 'Nima Sherpa', '9841000999', 'Koshi', 'Solukhumbu', 'Khumbu Pasanglhamu', 4, 'Namche Bazaar', true)`;
  await signIn(page, email, PASSWORD, '/products');
  await addToCart(page);
  await page.goto('/checkout');
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible();

  // The address stops being confirmed (as for an account made before verification existed).
  await sql`update users set email_verified_at = null where id = ${user!.id}`;
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('main').getByRole('alert').filter({ hasText: 'Confirm your email address before placing an order' })).toBeVisible();
  const [placed] = await sql`select count(*)::int as count from orders where user_id = ${user!.id}`;
  expect(placed!.count).toBe(0);
});
