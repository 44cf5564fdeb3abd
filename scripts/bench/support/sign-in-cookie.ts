import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Signs a customer in through the real /login form in headless Chromium and returns the `Cookie`
 * header the browser then sends: the signed-in runs load pages exactly as that shopper would.
 */
export async function signedInCookie(appUrl: string, account: { email: string; password: string }): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login', { timeout: 60_000 });
    const cookies = await page.context().cookies(appUrl);
    if (!cookies.some((c) => c.name.endsWith('authjs.session-token'))) throw new Error('Signing in set no session cookie');
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}
