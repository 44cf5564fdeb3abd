import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import postgres from 'postgres';
import sharp from 'sharp';
import { hashPassword } from '@/lib/auth/password';
import { makePdf, PDF_EMBEDDED_FILE_MARKER } from '@/test-support/pdf';
import { ARTIFACTS_DIR, E2E_STATE_FILE } from './support/e2e-config';

/**
 * Prescriptions end to end against the production build: a shopper uploads (with real progress),
 * OCR runs after the response, a pharmacist enrols TOTP and approves in /admin/prescriptions,
 * and the shopper sees the outcome. Dev accounts come from the seed.
 */
const SHOPPER = { email: 'sita@example.com', password: 'Sita-Shops-Dev-2913' };
const OTHER_SHOPPER = { email: 'ram@example.com', password: 'Ram-Shops-Dev-4870' };
const STAFF_PASSWORD = 'Himal-chuli-pharmacy-2083';

let sql: postgres.Sql;
test.beforeAll(() => {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { databaseUrl: string };
  sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql?.end();
});

/** A pharmacist of its own for each test, so a test never depends on another's TOTP enrolment. */
async function createPharmacist() {
  const email = `pharmacist-${randomBytes(3).toString('hex')}@medinest.test`;
  await sql`insert into users (email, name, password_hash, role) values (${email}, 'Pramila Test', ${await hashPassword(STAFF_PASSWORD)}, 'pharmacist')`;
  return { email, password: STAFF_PASSWORD };
}

async function prescriptionImage(): Promise<Buffer> {
  const lines = ['Dr. Sita Sharma MBBS', 'NMC No. 12345', 'Patient Name: Sita Sharma', 'Date: 20/11/2026', 'Rx', '1. Cap. Amoxicillin 500 mg 1-0-1'];
  const text = lines.map((line, i) => `<text x="50" y="${90 + i * 56}">${line}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${100 + lines.length * 56}"><rect width="100%" height="100%" fill="#fff"/><g font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function signIn(page: Page, account: { email: string; password: string }, next = '/') {
  // Sign-in is rate-limited per IP; each context looks like its own visitor.
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}` });
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** A code for a 30-second step not used yet: the server refuses a code seen twice (±1 step allowed). */
function freshCodeFor(totpSecret: string, usedSteps: Set<number>): string {
  const now = Date.now();
  for (const offset of [0, 30_000, -30_000]) {
    const step = Math.floor((now + offset) / 30_000);
    if (usedSteps.has(step)) continue;
    usedSteps.add(step);
    return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(totpSecret) }).generate({ timestamp: now + offset });
  }
  throw new Error('No unused TOTP step');
}

/** Signs a new pharmacist in: the back office sends them to enrol TOTP, done here from the key on the page. */
async function signInPharmacist(page: Page, next: string) {
  await signIn(page, await createPharmacist(), next);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const usedSteps = new Set<number>();
  const totpSecret = (await page.getByTestId('totp-secret').textContent())!.trim();
  const freshCode = () => freshCodeFor(totpSecret, usedSteps);
  await page.getByLabel('6-digit code from your app').fill(freshCode());
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  const codes = page.getByTestId('recovery-codes');
  const confirm = page.getByRole('heading', { name: 'Confirm it is you' });
  await expect(codes.or(confirm)).toBeVisible();
  // If the page re-rendered before the session was upgraded, it asks for one more code.
  if (await confirm.isVisible()) {
    await page.getByLabel('Authentication code').fill(freshCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname !== '/account/two-factor');
  }
  await page.goto(next);
  await expect(page).toHaveURL(new RegExp(next.replace(/[/]/g, '\\/')));
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
  await expect(other.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.page.getByAltText('Your uploaded prescription')).toHaveCount(0);
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

test('a shopper checks out a prescription-only medicine with an upload; the pharmacist approves; the order is confirmed', async ({ browser }) => {
  test.setTimeout(240_000);
  const tag = randomBytes(3).toString('hex');
  const shopperAccount = { email: `rx-${tag}@example.com`, password: 'Rara-lake-morning-2082' };
  const [user] = await sql`insert into users (email, name, phone, password_hash) values (${shopperAccount.email}, ${`Maya Gurung ${tag}`}, '9841000456', ${await hashPassword(shopperAccount.password)}) returning id`;
  await sql`
    insert into addresses (user_id, label, recipient_name, phone, province, district, municipality, ward, street, is_default)
    values (${user!.id}, 'Home', 'Maya Gurung', '9841000456', 'Gandaki', 'Kaski', 'Pokhara Metropolitan City', 8, 'Lakeside 4', true)`;
  const [product] = await sql`
    select p.slug, p.brand_name from products p
    where p.generic_name = 'Amoxicillin' and p.requires_prescription and p.active
      and (select coalesce(sum(quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 5
    order by p.id limit 1`;

  // The shopper: cart, checkout, prescription uploaded inside the checkout, cash on delivery.
  const shopper = await freshContext(browser);
  await signIn(shopper.page, shopperAccount, `/products/${product!.slug}`);
  await shopper.page.waitForURL(new RegExp(`/products/${product!.slug}`));
  await shopper.page.getByRole('button', { name: `Add ${product!.brand_name} to cart` }).click();
  await expect(shopper.page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await shopper.page.goto('/checkout');
  const step = shopper.page.getByTestId('checkout-prescription-step');
  await expect(step).toBeVisible();
  await step.getByLabel('Choose a file').setInputFiles({ name: 'rx.png', mimeType: 'image/png', buffer: await prescriptionImage() });
  await step.getByRole('button', { name: 'Upload prescription' }).click();
  await expect(step.getByRole('radio', { name: /Just uploaded/ })).toBeChecked();
  await shopper.page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await shopper.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-checkout.png`, fullPage: true });
  await shopper.page.getByRole('button', { name: 'Place order' }).click();
  await shopper.page.waitForURL(/\/orders\/MN-[0-9]{6}-[A-Z0-9]{8}/);
  const orderNumber = /\/orders\/(MN-[0-9]{6}-[A-Z0-9]{8})/.exec(shopper.page.url())![1]!;
  await expect(shopper.page.getByText(/Awaiting prescription/).first()).toBeVisible();

  // The pharmacist: TOTP, the queue, the review page, approve with the pre-filled quantity.
  const staff = await freshContext(browser);
  await signInPharmacist(staff.page, '/admin/prescriptions');
  await staff.page.getByTestId('queue-row').filter({ hasText: shopperAccount.email }).getByRole('link', { name: 'Review' }).click();
  await expect(staff.page.getByTestId('review-linked-order')).toContainText(orderNumber);
  await expect(staff.page.getByRole('spinbutton', { name: new RegExp(product!.brand_name) })).toHaveValue('1');
  await staff.page.getByLabel('Message to the shopper').fill('Finish the whole course.');
  await staff.page.getByLabel(/Internal note/).first().fill('NMC number checked on the council register.');
  await staff.page.getByRole('button', { name: 'Approve' }).click();
  // The page re-renders with the decision in place of the forms, and the order moved on.
  await expect(staff.page.locator('[data-status="approved"]')).toBeVisible();
  await expect(staff.page.getByTestId('review-linked-order')).toContainText(`${orderNumber} · Confirmed`);
  await expect(staff.page.getByRole('region', { name: 'Decision' })).toContainText('1 of 1 used');
  await staff.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-review-approved.png`, fullPage: true });

  // The shopper sees the approval, the message (not the internal note) and the order confirmed.
  await shopper.page.goto('/prescriptions');
  await shopper.page.getByRole('link', { name: /Uploaded/ }).first().click();
  await expect(shopper.page.locator('[data-status="approved"]')).toBeVisible();
  await expect(shopper.page.getByText('Finish the whole course.')).toBeVisible();
  await expect(shopper.page.getByText(/council register/)).toHaveCount(0);
  await expect(shopper.page.getByTestId('linked-order-status')).toHaveText('Confirmed');
  await shopper.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-approved.png`, fullPage: true });
  await shopper.page.goto(`/orders/${orderNumber}`);
  await expect(shopper.page.getByText('Confirmed').first()).toBeVisible();
  await shopper.context.close();
  await staff.context.close();
});

test('the prescription page shows what OCR read as soon as it is done, without a reload', async ({ page }) => {
  const account = { email: `reader-${randomBytes(3).toString('hex')}@example.com`, password: STAFF_PASSWORD };
  const [user] = await sql`insert into users (email, name, password_hash) values (${account.email}, 'Maya Live', ${await hashPassword(account.password)}) returning id`;
  // A job already running on another worker (a fresh `running` row is not claimed again): this test decides when it ends.
  const [row] = await sql`insert into prescriptions (user_id, file_key, file_storage, file_mime, file_size, file_sha256, ocr_status)
    values (${user!.id}, ${`live-${randomBytes(6).toString('hex')}`}, 'local', 'application/pdf', 1, 'x', 'running') returning id`;
  await signIn(page, account, `/prescriptions/${row!.id}`);
  await expect(page.getByTestId('ocr-reading')).toBeVisible();
  // A mark on the window survives only as long as the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.waitForResponse((r) => r.url().endsWith(`/api/prescriptions/${row!.id}/status`) && r.status() === 200);

  const hints = { doctorName: 'Dr. Anjali Live', nmcNumber: '54321', date: '2026-11-20', medicines: [{ productId: null, brandName: 'Novamox', strength: '500 mg' }] };
  await sql`update prescriptions set ocr_status = 'done', ocr_hints = ${sql.json(hints)} where id = ${row!.id}`;
  await expect(page.getByTestId('ocr-result')).toContainText('Dr. Anjali Live');
  await expect(page.getByTestId('ocr-result')).toContainText('Novamox 500 mg');
  await expect(page.getByTestId('ocr-reading')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true)).toBe(true);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-read-live.png`, fullPage: true });
});

test('a PDF prescription becomes page images, served sandboxed; OCR reads it and the pharmacist pages through it', async ({ browser }) => {
  test.setTimeout(180_000);
  const shopper = await freshContext(browser);
  await signIn(shopper.page, SHOPPER, '/prescriptions/new');
  const picker = shopper.page.getByLabel('Choose a file');
  const pdf = makePdf({ pages: [['Dr. Hari Karki', 'NMC No. 67890', 'Date: 22/11/2026'], ['Rx', '1. Cap. Amoxicillin 500 mg']], active: true });

  // A damaged PDF is refused with the reason, before anything is stored.
  await picker.setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: pdf.subarray(0, 200) });
  await shopper.page.getByRole('button', { name: 'Upload prescription' }).click();
  await expect(shopper.page.getByRole('alert').filter({ hasText: 'This PDF could not be opened' })).toBeVisible();

  await picker.setInputFiles({ name: 'prescription.pdf', mimeType: 'application/pdf', buffer: pdf });
  await shopper.page.getByRole('button', { name: 'Upload prescription' }).click();
  await shopper.page.waitForURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  const id = new URL(shopper.page.url()).pathname.split('/').pop()!;
  await expect(shopper.page.getByTestId('ocr-result')).toContainText(/Amoxicillin|Novamox|Mox|Amoxin/i, { timeout: 120_000 });

  // Through the proxy, each page keeps the file route's own sandbox policy; no PDF byte comes back.
  for (const page of [1, 2]) {
    const file = await shopper.page.request.get(`/api/prescriptions/${id}/file?page=${page}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    expect(file.headers()['content-security-policy']).toMatch(/^default-src 'none';.*; sandbox$/);
    expect(file.headers()['content-security-policy']).not.toContain('nonce-');
    expect(file.headers()['x-frame-options']).toBe('DENY');
    const body = await file.body();
    expect([...body.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(body.includes('%PDF')).toBe(false);
    expect(body.includes(PDF_EMBEDDED_FILE_MARKER)).toBe(false);
  }
  expect((await shopper.page.request.get(`/api/prescriptions/${id}/file?page=3`)).status()).toBe(404);
  await shopper.context.close();

  const staff = await freshContext(browser);
  await signInPharmacist(staff.page, `/admin/prescriptions/${id}`);
  await expect(staff.page.getByRole('img', { name: 'Uploaded prescription, page 1 of 2' })).toBeVisible();
  await staff.page.getByRole('button', { name: 'Page 2' }).click();
  await expect(staff.page.getByRole('img', { name: 'Uploaded prescription, page 2 of 2' })).toBeVisible();
  await expect(staff.page.locator('iframe, embed, object')).toHaveCount(0);
  await staff.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-review-pdf.png`, fullPage: true });
  await staff.context.close();
});
