import { expect, test, type Browser, type Page } from '@playwright/test';
import { createStaff, createUser, type TestUser } from '@/test-support/factories/users';
import { signIn, signInNewStaff, signOut } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Server-side sessions against the production build: a copied cookie dies with sign-out, admin
 * changes and password changes end the sessions they should, devices can be signed out from
 * /account/sessions, and lifetimes hold (time is moved by setting the record back in the database).
 */
const database = connectE2eDatabase();

async function signedInCustomer(browser: Browser, account?: TestUser) {
  const visitor = await newVisitor(browser);
  const who = account ?? (await createUser());
  await signIn(visitor.page, who);
  await expect(visitor.page).toHaveURL(/\/account$/);
  return { ...visitor, account: who };
}

async function enrolledStaff(browser: Browser, role: 'pharmacist' | 'admin') {
  const visitor = await newVisitor(browser);
  const account = await createStaff(role, { twoFactor: false });
  await signInNewStaff(visitor.page, account);
  return { ...visitor, account };
}

/** The browser's session is over: the next account page sends it to sign in. */
async function expectSignedOut(page: Page) {
  const response = await page.request.get('/account', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain('/login');
  expect(await (await page.request.get('/api/auth/session')).json()).toBeNull();
}

async function expectSignedIn(page: Page) {
  expect((await page.request.get('/account', { maxRedirects: 0 })).status()).toBe(200);
}

test('a copied session cookie opens nothing once its owner signs out, and /api/auth/session never renews it', async ({ browser }) => {
  const shopper = await signedInCustomer(browser);
  const copied = await shopper.context.cookies();
  const { context: thief, page: thiefPage } = await newVisitor(browser);
  await thief.addCookies(copied);
  expect((await thiefPage.request.get('/orders', { maxRedirects: 0 })).status()).toBe(200);

  const session = await thiefPage.request.get('/api/auth/session');
  expect(await session.json()).toMatchObject({ user: { email: shopper.account.email } });
  // Nothing is renewed: the answer sets no cookie.
  expect(session.headers()['set-cookie']).toBeUndefined();

  await signOut(shopper.page);

  const orders = await thiefPage.request.get('/orders', { maxRedirects: 0 });
  expect([307, 401]).toContain(orders.status());
  if (orders.status() === 307) expect(orders.headers().location).toContain('/login');
  await expectSignedOut(thiefPage);
  await thief.close();
  await shopper.context.close();
});

test('disabling and re-enabling, a role change and a two-factor reset end the sessions already open', async ({ browser }) => {
  // Five browsers and two enrolments: slower than one page's test.
  test.setTimeout(180_000);
  const admin = await enrolledStaff(browser, 'admin');
  const disabled = await signedInCustomer(browser);
  const promoted = await signedInCustomer(browser);
  const pharmacist = await enrolledStaff(browser, 'pharmacist');
  const bystander = await signedInCustomer(browser);

  const rowOf = async (email: string) => {
    await admin.page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    return admin.page.locator(`[data-testid="user-row"][data-email="${email}"]`);
  };

  let row = await rowOf(disabled.account.email);
  await row.getByRole('button', { name: 'Disable' }).click();
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Disable account' }).click();
  await expect(row.getByRole('button', { name: 'Enable' })).toBeVisible();
  await row.getByRole('button', { name: 'Enable' }).click();
  await expect(row.getByRole('button', { name: 'Disable' })).toBeVisible();
  // Enabled again, but the session the account had is over.
  await expectSignedOut(disabled.page);

  row = await rowOf(promoted.account.email);
  await row.getByLabel('Role').selectOption('pharmacist');
  await row.getByRole('button', { name: 'Change role' }).click();
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toContainText('Role changed');
  await expectSignedOut(promoted.page);

  await expect(pharmacist.page.getByRole('heading', { name: /Namaste/ })).toBeVisible();
  row = await rowOf(pharmacist.account.email);
  await row.getByRole('button', { name: 'Reset two-factor' }).click();
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Reset two-factor' }).click();
  await expect.poll(async () => (await database.sql`select totp_enabled_at from users where id = ${pharmacist.account.id}`)[0]!.totp_enabled_at).toBeNull();
  await expectSignedOut(pharmacist.page);

  await expectSignedIn(bystander.page);
  await expectSignedIn(admin.page);
  for (const visitor of [admin, disabled, promoted, pharmacist, bystander]) await visitor.context.close();
});

test('changing the password signs out every other browser and keeps this one', async ({ browser }) => {
  const here = await signedInCustomer(browser);
  const elsewhere = await signedInCustomer(browser, here.account);
  await here.page.goto('/account/password');
  await here.page.getByLabel('Current password').fill(here.account.password);
  await here.page.getByLabel('New password', { exact: true }).fill('Another-long-password-2083');
  await here.page.getByLabel('Confirm new password').fill('Another-long-password-2083');
  await here.page.getByRole('button', { name: 'Change password' }).click();
  await expect(here.page.getByRole('status')).toContainText('signed out everywhere else');
  await expectSignedIn(here.page);
  await expectSignedOut(elsewhere.page);
  await here.context.close();
  await elsewhere.context.close();
});

test('/account/sessions lists the devices and signs another one out', async ({ browser }) => {
  const phone = await newVisitor(browser, { viewport: { width: 390, height: 844 } });
  const account = await createUser();
  await signIn(phone.page, account);
  const laptop = await signedInCustomer(browser, account);

  await phone.page.goto('/account/sessions');
  const devices = phone.page.getByTestId('signed-in-device');
  await expect(devices).toHaveCount(2);
  await expect(devices.filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(devices.first()).toContainText('IP address');
  await phone.page.screenshot({ path: `${ARTIFACTS_DIR}/account-sessions-phone.png`, fullPage: true });
  await laptop.page.goto('/account/sessions');
  await laptop.page.screenshot({ path: `${ARTIFACTS_DIR}/account-sessions-desktop.png`, fullPage: true });

  // Going back from the dialog changes nothing.
  const other = devices.filter({ hasNotText: 'This device' });
  await other.getByRole('button', { name: 'Sign out' }).click();
  const dialog = phone.page.getByRole('dialog');
  await expect(dialog).toContainText('signed out at once');
  await phone.page.screenshot({ path: `${ARTIFACTS_DIR}/account-sessions-confirm-phone.png` });
  await dialog.getByRole('button', { name: 'Keep it signed in' }).click();
  await expectSignedIn(laptop.page);

  await other.getByRole('button', { name: 'Sign out' }).click();
  await dialog.getByRole('button', { name: 'Sign it out' }).click();
  await expect(devices).toHaveCount(1);
  await expectSignedOut(laptop.page);
  await expectSignedIn(phone.page);

  // Everywhere, this device included.
  await phone.page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone.page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectSignedOut(phone.page);
  await phone.context.close();
  await laptop.context.close();
});

test('a staff session ends after 30 idle minutes and any session at its absolute end', async ({ browser }) => {
  const pharmacist = await enrolledStaff(browser, 'pharmacist');
  await database.sql`update sessions s set last_seen_at = now() - interval '29 minutes' from users u where u.id = s.user_id and u.email = ${pharmacist.account.email} and s.revoked_at is null`;
  expect((await pharmacist.page.request.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
  await database.sql`update sessions s set last_seen_at = now() - interval '31 minutes' from users u where u.id = s.user_id and u.email = ${pharmacist.account.email} and s.revoked_at is null`;
  const idle = await pharmacist.page.request.get('/admin', { maxRedirects: 0 });
  expect(idle.status()).toBe(307);
  expect(idle.headers().location).toContain('/login');

  const shopper = await signedInCustomer(browser);
  await database.sql`update sessions s set last_seen_at = now() - interval '20 days' from users u where u.id = s.user_id and u.email = ${shopper.account.email}`;
  await expectSignedIn(shopper.page);
  await database.sql`update sessions s set expires_at = now() - interval '1 second' from users u where u.id = s.user_id and u.email = ${shopper.account.email}`;
  await expectSignedOut(shopper.page);
  await pharmacist.context.close();
  await shopper.context.close();
});
