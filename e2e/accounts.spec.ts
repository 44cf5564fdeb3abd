import { expect, test, type Page } from '@playwright/test';
import { uniqueEmail } from '@/test-support/factories/unique';
import { readFakeInbox } from '@/test-support/fake-resend';
import { registerAndSignIn } from './pages/register';
import { attemptSignIn, formAlert, signIn, signOut } from './pages/sign-in';
import { ARTIFACTS_DIR, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { SITA } from './support/seeded-accounts';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * Accounts end to end against the production build: register, sign out, sign in, forgot and
 * reset password (email read from the fake Resend server the real SDK sent it to), and the
 * sign-in lock.
 */
const database = connectE2eDatabase();

// Each test (and some attempts) comes from its own client IP, so per-IP limits stay per test.
test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

const PASSWORD = 'Sagarmatha-view-2081';

/** A new shopper, registered through the form, signed in on `page`. */
async function registerShopper(page: Page, prefix: string): Promise<string> {
  const email = uniqueEmail(prefix);
  await registerAndSignIn(page, { name: 'Maya Gurung', email, phone: '+977 9841112233', password: PASSWORD });
  return email;
}

/** The same answer whether or not the account exists. */
async function askForResetLink(page: Page, email: string) {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account exists for that email, we sent a link')).toBeVisible();
}

async function dispatchEmails(page: Page) {
  const response = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(response.status()).toBe(200);
}

async function resetLinkFor(page: Page, email: string): Promise<string> {
  await dispatchEmails(page);
  const mail = (await readFakeInbox(e2eState().fakeResendUrl)).filter((m) => m.to.includes(email) && m.subject.includes('Reset')).at(-1);
  expect(mail, `reset email to ${email}`).toBeTruthy();
  const link = /http:\/\/\S+\/reset-password\/open\?token=[A-Za-z0-9_-]+/.exec(mail!.text ?? '')?.[0];
  expect(link).toBeTruthy();
  return link!;
}

test('register, sign out, and sign in again', async ({ page }) => {
  const email = await registerShopper(page, 'maya');
  await expect(page.getByTestId('account-link')).toHaveText('Maya');
  await expect(page.getByLabel('Mobile number')).toHaveValue('9841112233');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-profile.png`, fullPage: true });

  await signOut(page);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);

  // The form by hand: the screenshot is of it filled in, the email as typed in capitals.
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByLabel('Password').fill(PASSWORD);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-login.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The confirmation email went out through Resend (e2e/email-verification.spec.ts opens its link).
  await dispatchEmails(page);
  const inbox = await readFakeInbox(e2eState().fakeResendUrl);
  expect(inbox.some((m) => m.to.includes(email) && m.subject === 'Confirm your email for MediNest')).toBe(true);
});

test('forgot password, reset it, and the old password no longer works; the link works once', async ({ page }) => {
  const email = await registerShopper(page, 'reset');
  await signOut(page);

  await askForResetLink(page, email);

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

  await attemptSignIn(page, { email, password: PASSWORD });
  await expect(formAlert(page)).toHaveText('Email or password is incorrect.');
  await signIn(page, { email, password: 'Annapurna-base-camp-42' });
  await expect(page).toHaveURL(/\/account$/);

  // The same link again is refused.
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Reset link not valid' })).toBeVisible();
});

test('an unknown email gets the same answer and no email', async ({ page }) => {
  const email = uniqueEmail('nobody');
  await askForResetLink(page, email);
  await dispatchEmails(page);
  expect((await readFakeInbox(e2eState().fakeResendUrl)).some((m) => m.to.includes(email))).toBe(false);
});

test('a reset link is refused after 30 minutes', async ({ page }) => {
  const email = await registerShopper(page, 'late');
  await signOut(page);
  await askForResetLink(page, email);
  const link = await resetLinkFor(page, email);

  // Age the token past its 30 minutes rather than waiting for them.
  await database.sql`update password_reset_tokens set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${email})`;
  await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Reset link not valid' })).toBeVisible();
});

test('five failed sign-ins from different IPs slow the account down, and the right password works after the delay', async ({ page, context }) => {
  const email = await registerShopper(page, 'slowed');
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    // A different IP each time: this is the per-account delay at work, not a per-IP lock.
    await asNewVisitor(context);
    await attemptSignIn(page, { email, password: `Wrong-password-${i}-xyz` });
    await expect(formAlert(page)).toHaveText('Email or password is incorrect.');
  }
  await asNewVisitor(context);
  for (let attempt = 0; attempt < 3 && !/\/account$/.test(page.url()); attempt++) {
    await attemptSignIn(page, { email, password: PASSWORD });
    await page.waitForURL(/\/account$/, { timeout: 5_000 }).catch(() => {});
    if (/\/account$/.test(page.url())) break;
    await page.screenshot({ path: `${ARTIFACTS_DIR}/accounts-slowed.png`, fullPage: true });
    const wait = /^Too many attempts\. Try again in (\d+) seconds?\.$/.exec((await formAlert(page).textContent()) ?? '');
    expect(wait, 'a delay of seconds, never a lock').not.toBeNull();
    await page.waitForTimeout(Number(wait![1]) * 1000 + 200);
  }
  await expect(page).toHaveURL(/\/account$/);
});

test('one IP is locked out of one account after five failures, even for an unknown email', async ({ page }) => {
  const email = uniqueEmail('ghost');
  for (let i = 0; i < 5; i++) {
    await attemptSignIn(page, { email, password: `Some-guess-${i}-abc` });
    await expect(formAlert(page)).toHaveText('Email or password is incorrect.');
  }
  await attemptSignIn(page, { email, password: 'Some-guess-6-abc' });
  await expect(formAlert(page)).toHaveText('Too many attempts. Try again in 15 minutes.');
});

test('one IP is locked after five failures across accounts', async ({ page, context }) => {
  await asNewVisitor(context);
  for (let i = 0; i < 5; i++) {
    await attemptSignIn(page, { email: uniqueEmail(`spray-${i}`), password: 'Password-spray-123' });
    await expect(formAlert(page)).toHaveText('Email or password is incorrect.');
  }
  await attemptSignIn(page, SITA);
  await expect(formAlert(page)).toHaveText('Too many attempts. Try again in 15 minutes.');
});

test('changing the password ends the other sessions but keeps this one', async ({ page, browser }) => {
  const email = await registerShopper(page, 'twice');
  const { context: other, page: otherPage } = await newVisitor(browser);
  await signIn(otherPage, { email, password: PASSWORD });
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
