import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import postgres from 'postgres';
import { hashPassword } from '@/lib/auth/password';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';
import { enrolmentLinkPath } from './support/staff-enrolment';

/**
 * Issue 12, finding 9: a new staff member's first two-factor enrolment needs a one-time link an
 * admin issues from /admin/users, not only the password. The link works once, for its own user.
 */
test.describe.configure({ mode: 'serial' });

const state = (): { databaseUrl: string } => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
const freshIp = () => `198.18.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

let sql: postgres.Sql;
test.beforeAll(() => {
  sql = postgres(state().databaseUrl, { max: 1, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql?.end();
});

async function createStaff(role: 'pharmacist' | 'admin') {
  const email = `enrol-${role}-${randomUUID().slice(0, 8)}@medinest.test`;
  const password = `Enrolment-${role}-${randomBytes(4).toString('hex')}`;
  await sql`insert into users (email, name, phone, password_hash, role) values (${email}, ${`Test ${role}`}, '9801234567', ${await hashPassword(password)}, ${role})`;
  return { email, password };
}

async function visitor(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() }, ...(viewport ? { viewport } : {}) });
  return context.newPage();
}

async function signIn(page: Page, account: { email: string; password: string }, next = '/admin') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Enrols on the page the link opened; returns to /admin. */
async function enrolHere(page: Page) {
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('6-digit code from your app').fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByRole('link', { name: /continue/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

const userRow = (page: Page, email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

test('an admin issues a one-time enrolment link; without it a new pharmacist cannot enrol, with it once', async ({ browser }) => {
  test.setTimeout(180_000);
  // The admin enrolled with a link of their own (as an operator's first link would give them).
  const adminAccount = await createStaff('admin');
  const admin = await visitor(browser, { width: 375, height: 900 });
  await admin.goto(await enrolmentLinkPath(sql, adminAccount.email));
  await signIn(admin, adminAccount);
  await enrolHere(admin);

  // The new pharmacist signs in with the password: enrolment is refused, no secret is shown.
  const pharmacistAccount = await createStaff('pharmacist');
  const pharmacist = await visitor(browser);
  await signIn(pharmacist, pharmacistAccount);
  await expect(pharmacist).toHaveURL(/\/account\/two-factor$/);
  await expect(pharmacist.getByTestId('enrolment-link-needed')).toBeVisible();
  await expect(pharmacist.getByTestId('totp-secret')).toHaveCount(0);
  expect((await pharmacist.request.get('/admin', { maxRedirects: 0 })).status()).toBe(307);

  // The admin issues the link from the users page, after confirming.
  await admin.goto(`/admin/users?q=${encodeURIComponent(pharmacistAccount.email)}`);
  const row = userRow(admin, pharmacistAccount.email);
  await expect(row.getByRole('button', { name: 'Issue enrolment link' })).toBeVisible();
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-users-375.png`, fullPage: true });
  await row.getByRole('button', { name: 'Issue enrolment link' }).click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog).toContainText(`Issue an enrolment link to ${pharmacistAccount.email}?`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  const linksBefore = await sql`select count(*)::int as n from staff_enrolment_links where user_id = (select id from users where email = ${pharmacistAccount.email})`;
  expect(linksBefore[0]!.n).toBe(0);
  await row.getByRole('button', { name: 'Issue enrolment link' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Issue link' }).click();
  const shown = row.getByTestId('enrolment-link');
  await expect(shown).toContainText(`Enrolment link emailed to ${pharmacistAccount.email}.`);
  const link = await shown.getByRole('textbox').inputValue();
  expect(link).toMatch(/\/staff-enrolment\?token=[A-Za-z0-9_-]{40,}$/);
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-link-shown-375.png`, fullPage: true });
  // Emailed through the outbox, audited, and stored only as a hash.
  const token = new URL(link).searchParams.get('token')!;
  const [mail] = await sql`select template, payload from notifications where to_email = ${pharmacistAccount.email} and template = 'staff-enrolment-link'`;
  expect(mail).toBeTruthy();
  const [audit] = await sql`select a.action from audit_log a join users u on u.id::text = a.entity_id where u.email = ${pharmacistAccount.email} and a.action = 'auth.enrolment_link_issued'`;
  expect(audit).toBeTruthy();
  const stored = await sql`select token_hash from staff_enrolment_links where user_id = (select id from users where email = ${pharmacistAccount.email})`;
  expect(stored).toHaveLength(1);
  expect(stored[0]!.token_hash).not.toBe(token);
  // Reloading the page does not show the link again.
  await admin.reload();
  await expect(userRow(admin, pharmacistAccount.email).getByTestId('enrolment-link')).toHaveCount(0);

  // With the link, the signed-in pharmacist enrols once; the token leaves the address bar at once.
  await pharmacist.goto(new URL(link).pathname + new URL(link).search);
  await expect(pharmacist).toHaveURL(/\/account\/two-factor$/);
  await enrolHere(pharmacist);

  // The link is spent: after an admin resets two-factor, the same link does not enrol again.
  await admin.goto(`/admin/users?q=${encodeURIComponent(pharmacistAccount.email)}`);
  await userRow(admin, pharmacistAccount.email).getByRole('button', { name: 'Reset two-factor' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Reset two-factor' }).click();
  await expect(userRow(admin, pharmacistAccount.email)).toContainText('Not set up');
  const again = await visitor(browser);
  await again.goto(new URL(link).pathname + new URL(link).search);
  await expect(again).toHaveURL(/\/login\?next=%2Faccount%2Ftwo-factor$/);
  await signIn(again, pharmacistAccount, '/account/two-factor');
  await expect(again).toHaveURL(/\/account\/two-factor$/);
  await expect(again.getByRole('main').getByRole('alert')).toContainText('This enrolment link cannot be used');
  await expect(again.getByTestId('totp-secret')).toHaveCount(0);
  await again.screenshot({ path: `${ARTIFACTS_DIR}/staff-enrolment-link-refused.png`, fullPage: true });
});

test("a link issued to one staff member does not enrol another who opens it", async ({ browser }) => {
  const intended = await createStaff('pharmacist');
  const other = await createStaff('pharmacist');
  const page = await visitor(browser);
  await page.goto(await enrolmentLinkPath(sql, intended.email));
  await signIn(page, other);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This enrolment link cannot be used');
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
});
