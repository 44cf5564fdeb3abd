import { expect, test, type Page } from '@playwright/test';
import { createStaff, createUser } from '@/test-support/factories/users';
import { enrolTwoFactor, enterTwoFactorCode, formAlert, openEnrolmentLink, signIn, signOut } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { SITA } from './support/seeded-accounts';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * Who may open what: anonymous visitors are sent to sign in, customers get 403 on /admin pages
 * and on admin actions called directly, disabled users lose their session, and staff need TOTP.
 * Staff accounts are made fresh here so the seeded ones stay as other specs expect them.
 */
const database = connectE2eDatabase();

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

test('an anonymous visitor is sent to sign in from account and admin pages', async ({ page }) => {
  for (const path of ['/account', '/account/addresses', '/admin', '/admin/outbox']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path)}$`));
  }
});

test('a customer gets 403 on every admin page', async ({ page }) => {
  await signIn(page, SITA);
  await expect(page).toHaveURL(/\/account$/);
  for (const path of ['/admin', '/admin/outbox', '/admin/prescriptions']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText('Back office')).toHaveCount(0);
  }
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-403.png`, fullPage: true });
});

test("a disabled user's existing session stops working on the next request", async ({ page }) => {
  const user = await createUser();
  await signIn(page, user);
  await expect(page).toHaveURL(/\/account$/);
  await database.sql`update users set disabled_at = now() where id = ${user.id}`;
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
});

test('a pharmacist cannot open /admin before enrolling TOTP, then signs in with a code', async ({ page }) => {
  const pharmacist = await createStaff('pharmacist', { twoFactor: false });
  await signIn(page, pharmacist);
  // The password alone lands on enrolment, not the back office, and cannot enrol without a link.
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByTestId('enrolment-link-needed')).toBeVisible();
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await openEnrolmentLink(page, pharmacist);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText('must turn on two-factor authentication')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-two-factor-enrol.png`, fullPage: true });

  // A wrong code is refused before the right one turns two-factor on.
  await page.getByLabel('6-digit code from your app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(formAlert(page)).toContainText('That code is not valid');
  const { app, recoveryCodes } = await enrolTwoFactor(page);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-recovery-codes.png`, fullPage: true });
  await page.getByRole('link', { name: /continue/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: /Namaste/ })).toBeVisible();

  // The TOTP secret is not on any page once enrolled.
  await page.goto('/account/two-factor');
  await expect(page.getByText('Two-factor authentication is on')).toBeVisible();
  expect(await page.content()).not.toContain(app.secret);

  await signOut(page);
  await signIn(page, pharmacist, { next: '/admin' });
  await expect(page).toHaveURL(/\/login\/two-factor/);
  // Still no session: the password alone does not open /admin.
  const blocked = await page.request.get('/admin', { maxRedirects: 0 });
  expect(blocked.status()).toBe(307);
  expect(blocked.headers().location).toContain('/login');

  await enterTwoFactorCode(page, '123456');
  await expect(formAlert(page)).toContainText('That code is not valid');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-two-factor-challenge.png`, fullPage: true });
  await enterTwoFactorCode(page, app.code());
  await expect(page).toHaveURL(/\/admin$/);

  // A recovery code works once as the second factor.
  await signOut(page);
  await signIn(page, pharmacist);
  await enterTwoFactorCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);
  await signIn(page, pharmacist);
  await enterTwoFactorCode(page, recoveryCodes[0]!);
  await expect(formAlert(page)).toContainText('That code is not valid');

  // A pharmacist is not an admin: the admin-only outbox answers 403.
  await enterTwoFactorCode(page, recoveryCodes[1]!);
  await expect(page).toHaveURL(/\/admin$/);
  expect((await page.goto('/admin/outbox'))?.status()).toBe(403);
});

test('a customer calling an admin server action directly gets Forbidden and nothing changes', async ({ page, browser }) => {
  const [failed] = await database.sql`insert into notifications (to_email, template, payload, status, attempts, last_error)
    values ('failed@example.com', 'welcome', '{"name":"X","shopUrl":"http://x"}', 'failed', 5, 'Simulated') returning id`;
  const failedId = failed!.id as string;
  const statusOf = async () => (await database.sql`select status from notifications where id = ${failedId}`)[0]!.status as string;

  // An enrolled admin's page holds the action id, as any browser that loaded it would.
  const admin = await createStaff('admin', { twoFactor: false });
  const { context: adminContext, page: adminPage } = await newVisitor(browser);
  await openEnrolmentLink(adminPage, admin);
  await signIn(adminPage, admin);
  await enrolTwoFactor(adminPage);
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
  await signIn(page, SITA);
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
