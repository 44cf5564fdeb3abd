import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';

/**
 * Who may open what: anonymous visitors are sent to sign in, customers get 403 on /admin pages
 * and on admin actions called directly, disabled users lose their session, and staff need TOTP.
 * Staff accounts are made fresh here so the seeded ones stay as other specs expect them.
 */
type State = { databaseUrl: string };
const state = (): State => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as State;
const SITA = { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913' };
let ipCounter = 0;
const freshIp = () => `203.0.${Math.floor(Math.random() * 200) + 1}.${(ipCounter++ % 250) + 1}`;

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
});

async function withSql<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(state().databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function createUser(role: 'customer' | 'pharmacist' | 'admin') {
  const email = `${role}-${randomUUID().slice(0, 8)}@medinest.test`;
  const password = `Fresh-${role}-password-${randomUUID().slice(0, 4)}`;
  const passwordHash = await hashPassword(password);
  await withSql((sql) => sql`insert into users (email, name, phone, password_hash, role) values (${email}, ${'Test ' + role}, '9801234567', ${passwordHash}, ${role})`);
  return { email, password };
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// Codes one step ahead are accepted (clock drift) and have not been used yet.
const codeFor = (secret: string, steps = 1) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

async function enrolTotp(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code from your app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is not valid');
  await page.getByLabel('6-digit code from your app').fill(codeFor(secret, 0));
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return { secret, recoveryCodes: (await list.getByRole('listitem').allTextContents()).map((c) => c.trim()) };
}

test('an anonymous visitor is sent to sign in from account and admin pages', async ({ page }) => {
  for (const path of ['/account', '/account/addresses', '/admin', '/admin/outbox']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path)}$`));
  }
});

test('a customer gets 403 on every admin page', async ({ page }) => {
  await signIn(page, SITA.email, SITA.password);
  await expect(page).toHaveURL(/\/account$/);
  for (const path of ['/admin', '/admin/outbox', '/admin/prescriptions']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText('Back office')).toHaveCount(0);
  }
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-403.png`, fullPage: true });
});

test("a disabled user's existing session stops working on the next request", async ({ page }) => {
  const user = await createUser('customer');
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/account$/);
  await withSql((sql) => sql`update users set disabled_at = now() where email = ${user.email}`);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
});

test('a pharmacist cannot open /admin before enrolling TOTP, then signs in with a code', async ({ page }) => {
  const pharmacist = await createUser('pharmacist');
  await signIn(page, pharmacist.email, pharmacist.password);
  // The password alone lands on enrolment, not the back office.
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText('must turn on two-factor authentication')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-two-factor-enrol.png`, fullPage: true });

  const { secret, recoveryCodes } = await enrolTotp(page);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-recovery-codes.png`, fullPage: true });
  await page.getByRole('link', { name: /continue/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: /Namaste/ })).toBeVisible();

  // The TOTP secret is not on any page once enrolled.
  await page.goto('/account/two-factor');
  await expect(page.getByText('Two-factor authentication is on')).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  await signOut(page);
  await signIn(page, pharmacist.email, pharmacist.password, '/admin');
  await expect(page).toHaveURL(/\/login\/two-factor/);
  // Still no session: the password alone does not open /admin.
  const blocked = await page.request.get('/admin', { maxRedirects: 0 });
  expect(blocked.status()).toBe(307);
  expect(blocked.headers().location).toContain('/login');

  await page.getByLabel('Authentication code').fill('123456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is not valid');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-two-factor-challenge.png`, fullPage: true });
  await page.getByLabel('Authentication code').fill(codeFor(secret, 1));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // A recovery code works once as the second factor.
  await signOut(page);
  await signIn(page, pharmacist.email, pharmacist.password);
  await page.getByLabel('Authentication code').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await signIn(page, pharmacist.email, pharmacist.password);
  await page.getByLabel('Authentication code').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is not valid');

  // A pharmacist is not an admin: the admin-only outbox answers 403.
  await page.getByLabel('Authentication code').fill(recoveryCodes[1]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  expect((await page.goto('/admin/outbox'))?.status()).toBe(403);
});

test('a customer calling an admin server action directly gets Forbidden and nothing changes', async ({ page, browser }) => {
  const failedId = await withSql(async (sql) => {
    const [row] = await sql`insert into notifications (to_email, template, payload, status, attempts, last_error)
      values ('failed@example.com', 'welcome', '{"name":"X","shopUrl":"http://x"}', 'failed', 5, 'Simulated') returning id`;
    return row!.id as string;
  });
  const statusOf = () => withSql(async (sql) => (await sql`select status from notifications where id = ${failedId}`)[0]!.status as string);

  // An enrolled admin's page holds the action id, as any browser that loaded it would.
  const admin = await createUser('admin');
  const adminContext = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin.email, admin.password);
  await enrolTotp(adminPage);
  await adminPage.goto('/admin/outbox?status=failed');
  await expect(adminPage.getByTestId('outbox-row').first()).toBeVisible();
  await adminPage.screenshot({ path: `${ARTIFACTS_DIR}/accounts-outbox.png`, fullPage: true });
  // The Retry form's hidden fields name its server action (the header's sign-out form has its own).
  const retryForm = adminPage.getByTestId('outbox-row').filter({ has: adminPage.getByRole('button', { name: 'Retry' }) }).first().locator('form');
  const hidden = await retryForm.locator('input[type="hidden"]').evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`).join('\n'));
  const actionId = /\$ACTION_ID_([0-9a-f]{40,})/.exec(hidden)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(hidden)?.[1];
  expect(actionId, `server action id in the Retry form:\n${hidden}`).toBeTruthy();

  const callAction = (target: Page) =>
    target.request.post('/admin/outbox', {
      headers: { 'Next-Action': actionId!, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      data: JSON.stringify([undefined, { id: failedId }]),
    });

  // Anonymous.
  const anonymous = await callAction(page);
  expect(await anonymous.text()).toContain('Please sign in');
  expect(await statusOf()).toBe('failed');

  // A signed-in customer.
  await signIn(page, SITA.email, SITA.password);
  await expect(page).toHaveURL(/\/account$/);
  const asCustomer = await callAction(page);
  expect(await asCustomer.text()).toContain('"message":"Forbidden"');
  expect(await statusOf()).toBe('failed');

  // The same call from the admin does change it: the customer's refusal was the guard, not a bad call.
  const asAdmin = await callAction(adminPage);
  expect(await asAdmin.text()).toContain('Queued again.');
  expect(await statusOf()).not.toBe('failed');
  await adminContext.close();
});
