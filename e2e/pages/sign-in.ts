import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { createEnrolmentLink } from '@/test-support/factories/enrolment-links';

/**
 * The sign-in screens as every spec drives them: /login (email and password), the second step at
 * /login/two-factor, enrolment at /account/two-factor, and the header's sign-out button.
 */
export type Account = { email: string; password: string };

export type SignInTarget = {
  /** Where to go after signing in; sent as `?next=`, URL-encoded. */
  next?: string;
  /** A `?next=` value put in the address exactly as given, as a hostile link would carry it. */
  rawNext?: string;
};

export async function openSignIn(page: Page, target: SignInTarget = {}) {
  const query = target.rawNext !== undefined ? `?next=${target.rawNext}` : target.next !== undefined ? `?next=${encodeURIComponent(target.next)}` : '';
  return page.goto(`/login${query}`);
}

/** Fills and submits the form already on the page, and does not wait: the answer may be an error. */
export async function submitSignIn(page: Page, account: Account) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens /login and submits; for attempts that are meant to fail (check `formAlert`). */
export async function attemptSignIn(page: Page, account: Account, target: SignInTarget = {}) {
  await openSignIn(page, target);
  await submitSignIn(page, account);
}

/** Signs in and waits until the browser has left /login (for staff, /login/two-factor counts). */
export async function signIn(page: Page, account: Account, target: SignInTarget = {}) {
  await attemptSignIn(page, account, target);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** The error a form shows (wrong password, rate limit, bad code). */
export const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');

export async function signOut(page: Page) {
  // The header forgets the visitor the moment the form is submitted, so "Sign in" shows before the
  // server action has ended the session: wait for the action's answer too, or the next page may
  // still be served to the signed-in session.
  const ended = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await ended;
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** Submits a code (from the app, or a recovery code) on the second-factor form. */
export async function enterTwoFactorCode(page: Page, code: string) {
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/**
 * Codes from an authenticator app holding `secret`, each for a 30-second step later than the last
 * one given: the server accepts one step either side of now, but only a step later than the last
 * code it accepted (lib/auth/two-factor.ts), so two codes fit in one 30 seconds.
 */
export function authenticator(secret: string) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  let lastStep = -1;
  return {
    secret,
    code(): string {
      const now = Date.now();
      for (const offset of [0, 30_000]) {
        const step = Math.floor((now + offset) / 30_000);
        if (step <= lastStep) continue;
        lastStep = step;
        return totp.generate({ timestamp: now + offset });
      }
      throw new Error('No unused TOTP step: wait for the next 30 seconds');
    },
  };
}

/**
 * On /account/two-factor: turns two-factor on with a code from the key shown on the page, and
 * returns that authenticator and the recovery codes shown once.
 */
export async function enrolTwoFactor(page: Page): Promise<{ app: ReturnType<typeof authenticator>; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const app = authenticator((await page.getByTestId('totp-secret').textContent())!.trim());
  await page.getByLabel('6-digit code from your app').fill(app.code());
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return { app, recoveryCodes: (await list.getByRole('listitem').allTextContents()).map((c) => c.trim()) };
}

/**
 * Opens a one-time enrolment link issued to the account, as the staff member would from the
 * admin's email (the row comes from the factory; e2e/staff-enrolment.spec.ts drives the admin's
 * button). Signed out, it leads through sign-in; staff cannot enrol without one.
 */
export async function openEnrolmentLink(page: Page, account: { email: string }) {
  await page.goto(await createEnrolmentLink(account.email));
}

/**
 * A staff member new to the back office: opens the enrolment link an admin issued, signs in, is
 * sent to enrol two-factor, enrols, and opens `next`.
 */
export async function signInNewStaff(page: Page, account: Account, next = '/admin') {
  await openEnrolmentLink(page, account);
  await signIn(page, account, { next });
  const enrolled = await enrolTwoFactor(page);
  await page.goto(next);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === next);
  return enrolled;
}
