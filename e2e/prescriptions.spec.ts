import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import sharp from 'sharp';
import { ARTIFACTS_DIR } from './support/e2e-config';

/**
 * Prescriptions end to end against the production build: a shopper uploads (with real progress),
 * OCR runs after the response, a pharmacist enrols TOTP and approves in /admin/prescriptions,
 * and the shopper sees the outcome. Dev accounts come from the seed.
 */
const SHOPPER = { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913' };
const OTHER_SHOPPER = { email: 'ram@example.com', password: 'Ram-Shops-Dev-4870' };
const PHARMACIST = { email: 'pharmacist@medinest.local', password: 'Medinest-Pharm-Dev-5186' };

async function prescriptionImage(): Promise<Buffer> {
  const lines = ['Dr. Sita Sharma MBBS', 'NMC No. 12345', 'Patient Name: Sita Sharma', 'Date: 20/11/2026', 'Rx', '1. Cap. Amoxicillin 500 mg 1-0-1'];
  const text = lines.map((line, i) => `<text x="50" y="${90 + i * 56}">${line}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${100 + lines.length * 56}"><rect width="100%" height="100%" fill="#fff"/><g font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function signIn(page: Page, account: { email: string; password: string }, next = '/') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs a pharmacist in and, on first use, enrols TOTP from the key shown on the page. */
async function signInPharmacist(page: Page, next: string) {
  await signIn(page, PHARMACIST, next);
  await page.waitForURL((url) => !url.pathname.startsWith('/login') || url.pathname === '/login/two-factor');
  const code = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
  if (new URL(page.url()).pathname === '/account/two-factor') {
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('6-digit code from your app').fill(code(secret));
    await page.getByRole('button').filter({ hasText: /confirm|turn on|enable|verify/i }).first().click();
    await expect(page.getByTestId('recovery-codes')).toBeVisible();
    await page.goto(next);
  }
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/]/g, '\\/')}`));
}

async function uploadOnNewPage(page: Page) {
  await page.goto('/prescriptions/new');
  await expect(page.getByRole('heading', { name: 'Upload a prescription' })).toBeVisible();
  await page.getByLabel('Choose a file').setInputFiles({ name: 'my-prescription.png', mimeType: 'image/png', buffer: await prescriptionImage() });
  await expect(page.getByAltText('Preview of your prescription')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-upload.png`, fullPage: true });
  await page.getByRole('button', { name: 'Upload prescription' }).click();
  await page.waitForURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function freshContext(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('a shopper uploads a prescription, it is read in the background, and nobody else can see it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, SHOPPER, '/prescriptions/new');
  const id = await uploadOnNewPage(page);
  await expect(page.getByRole('heading', { name: 'Prescription' })).toBeVisible();
  await expect(page.locator('[data-status="pending"]')).toBeVisible();
  // OCR runs after the response (next/server after()); the page refreshes itself until it is done.
  await expect(page.getByTestId('ocr-result')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('ocr-result')).toContainText(/Amoxicillin|Novamox|Mox|Amoxin/i);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-detail.png`, fullPage: true });

  const file = await page.request.get(`/api/prescriptions/${id}/file`);
  expect(file.status()).toBe(200);
  expect(file.headers()['cache-control']).toContain('no-store');
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  expect(file.headers()['content-disposition']).toMatch(/^inline; filename="prescription-/);

  const other = await freshContext(browser);
  await signIn(other.page, OTHER_SHOPPER, '/prescriptions');
  await other.page.waitForURL(/\/prescriptions$/);
  expect((await other.page.request.get(`/api/prescriptions/${id}/file`)).status()).toBe(404);
  const stranger = await other.page.goto(`/prescriptions/${id}`);
  expect(stranger?.status()).toBe(404);
  await other.context.close();

  const anonymous = await freshContext(browser);
  expect((await anonymous.page.request.get(`/api/prescriptions/${id}/file`)).status()).toBe(404);
  await anonymous.context.close();
});

test('a pharmacist signs in with TOTP and reviews the upload with the NMC number highlighted', async ({ browser }) => {
  test.setTimeout(180_000);
  const staff = await freshContext(browser);
  await signInPharmacist(staff.page, '/admin/prescriptions');
  const row = staff.page.getByTestId('queue-row').filter({ hasText: SHOPPER.email }).first();
  await expect(row).toBeVisible();
  await staff.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-queue.png`, fullPage: true });
  await row.getByRole('link', { name: 'Review' }).click();
  await expect(staff.page.getByRole('heading', { name: /Prescription from/ })).toBeVisible();
  await expect(staff.page.getByTestId('nmc-highlight')).toHaveText(/NMC No\. 12345/);
  await expect(staff.page.getByRole('img', { name: 'Uploaded prescription' })).toBeVisible();
  await staff.page.getByRole('button', { name: 'Rotate right' }).click();
  await staff.page.getByRole('button', { name: 'Zoom in' }).click();
  await staff.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-review.png`, fullPage: true });
  await staff.context.close();
});
