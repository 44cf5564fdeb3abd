import { expect, type Page } from '@playwright/test';
import { signIn } from './sign-in';

export type Registration = { name: string; email: string; phone: string; password: string };

/**
 * Submits /register and waits for the page every registration answers with ("Check your email to
 * finish", whether or not the email was registered); nobody is signed in by it.
 */
export async function register(page: Page, who: Registration) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Mobile number').fill(who.phone);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Confirm password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/register\/check-email$/);
}

/** Registers, then signs in as the new owner would, and waits for the account page. */
export async function registerAndSignIn(page: Page, who: Registration) {
  await register(page, who);
  await signIn(page, who);
  await expect(page).toHaveURL(/\/account$/);
}
