import { expect, type Page } from '@playwright/test';

export type Registration = { name: string; email: string; phone: string; password: string };

/** Creates an account through /register and waits for the account page it lands on. */
export async function register(page: Page, who: Registration) {
  await page.goto('/register');
  await page.getByLabel('Full name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Mobile number').fill(who.phone);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Confirm password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
}
