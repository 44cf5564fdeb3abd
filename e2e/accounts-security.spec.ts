import { expect, test, type APIResponse } from '@playwright/test';
import { uniqueEmail } from '@/test-support/factories/unique';
import { registerAndSignIn } from './pages/register';
import { signIn } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { SITA } from './support/seeded-accounts';
import { asNewVisitor } from './support/visitors';

/**
 * The security baseline: headers on every kind of response, no-store on private pages, no
 * secrets in any page, field errors for bad input on every account form, and no stack traces.
 */
const database = connectE2eDatabase();

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], label).toContain('geolocation=()');
  // next start serves production: HSTS is on.
  expect(headers['strict-transport-security'], label).toMatch(/max-age=\d+/);
}

/** An anonymous catalog page served from cache: its scripts are allowed by hash, not nonce (SECURITY.md). */
async function expectCachedPageHeaders(response: APIResponse, label: string) {
  const policies = (await response.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value);
  expect(policies.some((p) => /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/.test(p)), label).toBe(true);
  expect(policies.some((p) => p.includes("frame-ancestors 'none'") && p.includes("default-src 'self'")), label).toBe(true);
  expect(policies.join('\n'), label).not.toContain('nonce-');
  const headers = response.headers();
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['strict-transport-security'], label).toMatch(/max-age=\d+/);
}

const LEAK = /at [\w.<>]+ \(.*:\d+:\d+\)|node_modules|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|postgres(ql)?:\/\/|PostgresError|\$argon2/i;

test('every kind of response carries the security headers; private pages are not stored', async ({ page }) => {
  const anonymous = page.request;
  for (const path of ['/login', '/register', '/api/health', '/api/auth/session', '/no-such-page', '/products?page=nope']) {
    expectSecurityHeaders(await anonymous.get(path), path);
  }
  // The first answer (stored as it is sent) and the next one from cache.
  for (const path of ['/', '/products', '/products?q=cetamol', '/']) await expectCachedPageHeaders(await anonymous.get(path), path);
  const redirect = await anonymous.get('/account', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, 'redirect from /account');

  await signIn(page, SITA);
  await expect(page).toHaveURL(/\/account$/);
  for (const path of ['/account', '/account/addresses', '/account/password', '/account/two-factor', '/admin']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response, path);
    expect(response.headers()['cache-control'], path).toContain('no-store');
  }
});

test('error pages show no stack traces, SQL or hashes', async ({ page }) => {
  const notFound = await page.request.get('/account/addresses/not-a-uuid');
  expect(await notFound.text()).not.toMatch(LEAK);
  const garbage = await page.request.post('/api/auth/callback/credentials', { form: { ticket: "'; drop table users; --" } });
  expect(garbage.status()).toBeLessThan(500);
  expect(await garbage.text()).not.toMatch(LEAK);
  const badAction = await page.request.post('/login', { headers: { 'Next-Action': 'ffffffffffffffffffffffffffffffffffffffffff' }, data: '[]' });
  expect(await badAction.text()).not.toMatch(LEAK);
  const missing = await page.goto('/no-such-page');
  expect(missing?.status()).toBe(404);
  expect(await page.content()).not.toMatch(LEAK);
});

test('no page shows a password hash, TOTP secret or reset token', async ({ page }) => {
  await signIn(page, SITA);
  await expect(page).toHaveURL(/\/account$/);
  const secrets = await database.sql`select password_hash, totp_secret_encrypted from users where email = ${SITA.email}`;
  const hash = secrets[0]!.password_hash as string;
  for (const path of ['/account', '/account/addresses', '/account/password', '/api/auth/session']) {
    const body = await (await page.request.get(path)).text();
    expect(body, path).not.toContain(hash);
    expect(body, path).not.toMatch(/\$argon2id\$|password_?hash|totp_?secret|token_?hash/i);
  }
});

const FORM_CASES: { name: string; path: string; fill: Record<string, string>; submit: string; errorsFor: string[] }[] = [
  { name: 'register: empty', path: '/register', fill: {}, submit: 'Create account', errorsFor: ['Full name', 'Email', 'Mobile number', 'Password'] },
  {
    name: 'register: HTML, wrong formats, common password',
    path: '/register',
    fill: { 'Full name': '<script>alert(1)</script>', Email: 'not-an-email', 'Mobile number': '01-4412345', Password: 'password123', 'Confirm password': 'password123' },
    submit: 'Create account',
    errorsFor: ['Full name', 'Email', 'Mobile number', 'Password'],
  },
  {
    name: 'register: passwords that do not match',
    path: '/register',
    fill: { 'Full name': 'Asha Tamang', Email: 'asha@example.com', 'Mobile number': '9801234567', Password: 'Rara-lake-in-spring-9', 'Confirm password': 'Rara-lake-in-summer-9' },
    submit: 'Create account',
    errorsFor: ['Confirm password'],
  },
  {
    name: 'register: too long',
    path: '/register',
    fill: { 'Full name': 'N'.repeat(101), Email: `${'e'.repeat(250)}@example.com`, 'Mobile number': '9'.repeat(25), Password: 'p'.repeat(129), 'Confirm password': 'p'.repeat(129) },
    submit: 'Create account',
    errorsFor: ['Full name', 'Email', 'Mobile number', 'Password', 'Confirm password'],
  },
  { name: 'sign in: empty', path: '/login', fill: {}, submit: 'Sign in', errorsFor: ['Email', 'Password'] },
  { name: 'forgot password: wrong format', path: '/forgot-password', fill: { Email: '<b>x</b>' }, submit: 'Send reset link', errorsFor: ['Email'] },
];

for (const c of FORM_CASES) {
  test(`bad input gets field errors — ${c.name}`, async ({ page }) => {
    await page.goto(c.path);
    for (const [label, value] of Object.entries(c.fill)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: c.submit }).click();
    for (const label of c.errorsFor) {
      const input = page.getByLabel(label, { exact: true });
      await expect(input, label).toHaveAttribute('aria-invalid', 'true');
      const describedBy = await input.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${describedBy}"]`)).not.toBeEmpty();
    }
    await expect(page.locator('[data-field-error]')).toHaveCount(c.errorsFor.length);
    // Nothing typed comes back as markup, and passwords are not refilled.
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
    if (c.fill.Password) await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  });
}

test('bad input gets field errors on the signed-in forms: profile, password, address', async ({ page }) => {
  await signIn(page, SITA);
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel('Full name').fill('<img src=x onerror=alert(1)>');
  await page.getByLabel('Mobile number').fill('12345');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Mobile number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-field-error]')).toHaveCount(2);

  await page.goto('/account/password');
  await page.getByLabel('New password', { exact: true }).fill('qwertyuiop');
  await page.getByLabel('Confirm new password').fill('qwertyuiop');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This password is too common')).toBeVisible();

  await page.goto('/account/password');
  await page.getByLabel('Current password').fill('Not-her-password-1');
  await page.getByLabel('New password', { exact: true }).fill('Completely-fresh-2082');
  await page.getByLabel('Confirm new password').fill('Completely-fresh-2082');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Current password is incorrect')).toBeVisible();

  await page.goto('/account/addresses');
  await page.getByLabel('Label').fill('');
  await page.getByRole('button', { name: 'Add address' }).click();
  for (const label of ['Label', 'Recipient name', 'Mobile number', 'Municipality / rural municipality', 'Ward number', 'Street / tole']) {
    await expect(page.getByLabel(label), label).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByLabel('Province')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Label').fill('Office');
  await page.getByLabel('Recipient name').fill('Sita Sharma');
  await page.getByLabel('Mobile number').fill('9841234567');
  await page.getByLabel('Province').selectOption('Gandaki');
  await page.getByLabel('District').selectOption('Kaski');
  await page.getByLabel('Municipality / rural municipality').fill('Pokhara');
  await page.getByLabel('Ward number').fill('99');
  await page.getByLabel('Street / tole').fill('<b>Lakeside</b>');
  await page.getByRole('button', { name: 'Add address' }).click();
  await expect(page.getByLabel('Ward number')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Street / tole')).toHaveAttribute('aria-invalid', 'true');
  // What was chosen survives the round trip.
  await expect(page.getByLabel('Province')).toHaveValue('Gandaki');
  await expect(page.getByLabel('District')).toHaveValue('Kaski');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-address-errors.png`, fullPage: true });
});

test('a customer adds, edits, defaults and deletes an address', async ({ page }) => {
  await registerAndSignIn(page, { name: 'Bina Rai', email: uniqueEmail('addr'), phone: '9761234567', password: 'Kanchenjunga-2082-x' });

  const add = async (label: string, district: string) => {
    await page.goto('/account/addresses');
    await page.getByLabel('Label').fill(label);
    await page.getByLabel('Recipient name').fill('Bina Rai');
    await page.getByLabel('Mobile number').fill('+9779761234567');
    await page.getByLabel('Province').selectOption('Koshi');
    await page.getByLabel('District').selectOption(district);
    await page.getByLabel('Municipality / rural municipality').fill('Dharan Sub-Metropolitan City');
    await page.getByLabel('Ward number').fill('4');
    await page.getByLabel('Street / tole').fill('Bhanu Chowk');
    await page.getByRole('button', { name: 'Add address' }).click();
    await expect(page.getByText('Address saved.')).toBeVisible();
  };
  await add('Home', 'Sunsari');
  await add('Office', 'Morang');
  const cards = page.getByTestId('address');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Default');
  await expect(cards.first()).toContainText('Home');
  await expect(cards.first()).toContainText('9761234567');

  await cards.nth(1).getByRole('button', { name: 'Make default' }).click();
  await expect(cards.first()).toContainText('Office');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-addresses.png`, fullPage: true });

  await cards.first().getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit address' })).toBeVisible();
  await page.getByLabel('Label').fill('Shop');
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByTestId('address').first()).toContainText('Shop');

  await page.getByTestId('address').first().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete the address “Shop”?' }).getByRole('button', { name: 'Delete address' }).click();
  await expect(page.getByTestId('address')).toHaveCount(1);
  await expect(page.getByTestId('address').first()).toContainText('Default');
});
