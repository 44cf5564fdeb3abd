import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';
import { readFakeInbox } from '@/test-support/fake-resend';

/**
 * Accounts end to end against the production build: register, sign out, sign in, forgot and
 * reset password (email read from the fake Resend server the real SDK sent it to), and the
 * sign-in lock.
 */
type State = { databaseUrl: string; cronSecret: string; fakeResendUrl: string };
const state = (): State => JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as State;
let ipCounter = 0;
// Each test (and some attempts) comes from its own client IP, so per-IP limits stay per test.
const freshIp = () => `198.51.${Math.floor(Math.random() * 200) + 1}.${(ipCounter++ % 250) + 1}`;

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
});

const PASSWORD = 'Sagarmatha-view-2081';

async function register(page: Page, email: string, password = PASSWORD) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill('Maya Gurung');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mobile number').fill('+977 9841112233');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function dispatchEmails(page: Page) {
  const response = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${state().cronSecret}` } });
  expect(response.status()).toBe(200);
}

async function resetLinkFor(page: Page, email: string): Promise<string> {
  await dispatchEmails(page);
  const mail = (await readFakeInbox(state().fakeResendUrl)).filter((m) => m.to.includes(email) && m.subject.includes('Reset')).at(-1);
  expect(mail, `reset email to ${email}`).toBeTruthy();
  const link = /http:\/\/\S+\/reset-password\/open\?token=[A-Za-z0-9_-]+/.exec(mail!.text ?? '')?.[0];
  expect(link).toBeTruthy();
  return link!;
}

test('register, sign out, and sign in again', async ({ page }) => {
  const email = `maya-${randomUUID().slice(0, 8)}@example.com`;
  await register(page, email);
  await expect(page.getByTestId('account-link')).toHaveText('Maya');
  await expect(page.getByLabel('Mobile number')).toHaveValue('9841112233');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-profile.png`, fullPage: true });

  await signOut(page);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);

  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Password').fill(PASSWORD);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-login.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // A welcome email went out through Resend.
  await dispatchEmails(page);
  const inbox = await readFakeInbox(state().fakeResendUrl);
  expect(inbox.some((m) => m.to.includes(email) && m.subject === 'Welcome to MediNest')).toBe(true);
});

test('forgot password, reset it, and the old password no longer works; the link works once', async ({ page }) => {
  const email = `reset-${randomUUID().slice(0, 8)}@example.com`;
  await register(page, email);
  await signOut(page);

  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account exists for that email, we sent a link')).toBeVisible();

  const link = await resetLinkFor(page, email);
  const token = new URL(link).searchParams.get('token')!;
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  // The token left the address bar for an httpOnly cookie, and is not in the page.
  await expect(page).toHaveURL(/\/reset-password$/);
  expect(await page.content()).not.toContain(token);
  await page.getByLabel('New password', { exact: true }).fill('Annapurna-base-camp-42');
  await page.getByLabel('Confirm new password').fill('Annapurna-base-camp-42');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-reset.png`, fullPage: true });
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await signIn(page, email, 'Annapurna-base-camp-42');
  await expect(page).toHaveURL(/\/account$/);

  // The same link again is refused.
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Reset link not valid' })).toBeVisible();
});

test('an unknown email gets the same answer and no email', async ({ page }) => {
  const email = `nobody-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account exists for that email, we sent a link')).toBeVisible();
  await dispatchEmails(page);
  expect((await readFakeInbox(state().fakeResendUrl)).some((m) => m.to.includes(email))).toBe(false);
});

test('a reset link is refused after 30 minutes', async ({ page }) => {
  const email = `late-${randomUUID().slice(0, 8)}@example.com`;
  await register(page, email);
  await signOut(page);
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account exists for that email, we sent a link')).toBeVisible();
  const link = await resetLinkFor(page, email);

  // Age the token past its 30 minutes rather than waiting for them.
  const sql = postgres(state().databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`update password_reset_tokens set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${email})`;
  } finally {
    await sql.end();
  }
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Reset link not valid' })).toBeVisible();
});

test('five failed sign-ins from different IPs slow the account down, and the right password works after the delay', async ({ page, context }) => {
  const email = `slowed-${randomUUID().slice(0, 8)}@example.com`;
  await register(page, email);
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    // A different IP each time: this is the per-account delay at work, not a per-IP lock.
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
    await signIn(page, email, `Wrong-password-${i}-xyz`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
  }
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
  for (let attempt = 0; attempt < 3 && !/\/account$/.test(page.url()); attempt++) {
    await signIn(page, email, PASSWORD);
    await page.waitForURL(/\/account$/, { timeout: 5_000 }).catch(() => {});
    if (/\/account$/.test(page.url())) break;
    await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-slowed.png`, fullPage: true });
    const wait = /^Too many attempts\. Try again in (\d+) seconds?\.$/.exec((await page.getByRole('main').getByRole('alert').textContent()) ?? '');
    expect(wait, 'a delay of seconds, never a lock').not.toBeNull();
    await page.waitForTimeout(Number(wait![1]) * 1000 + 200);
  }
  await expect(page).toHaveURL(/\/account$/);
});

test('one IP is locked out of one account after five failures, even for an unknown email', async ({ page }) => {
  const email = `ghost-${randomUUID().slice(0, 8)}@example.com`;
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `Some-guess-${i}-abc`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
  }
  await signIn(page, email, 'Some-guess-6-abc');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Too many attempts. Try again in 15 minutes.');
});

test('one IP is locked after five failures across accounts', async ({ page, context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': freshIp() });
  for (let i = 0; i < 5; i++) {
    await signIn(page, `spray-${i}-${randomUUID().slice(0, 6)}@example.com`, 'Password-spray-123');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
  }
  await signIn(page, 'sita@example.com', 'Sita-Shops-Dev-2913');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Too many attempts. Try again in 15 minutes.');
});

test('changing the password ends the other sessions but keeps this one', async ({ page, browser }) => {
  const email = `twice-${randomUUID().slice(0, 8)}@example.com`;
  await register(page, email);
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshIp() } });
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);
  await expect(otherPage).toHaveURL(/\/account$/);

  await page.goto('/account/password');
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill('Gosaikunda-trail-2082');
  await page.getByLabel('Confirm new password').fill('Gosaikunda-trail-2082');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);

  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/login\?next=%2Faccount$/);
  await other.close();
});
