import { expect, test, type Page } from '@playwright/test';
import { makePdf, PDF_EMBEDDED_FILE_MARKER } from '@/test-support/pdf';
import { renderPrescription } from '@/test-support/factories/prescription-images';
import { createPrescriptionRow } from '@/test-support/factories/prescription-rows';
import { seededRxProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff, createUser } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { RAM, SITA } from './support/seeded-accounts';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * Prescriptions end to end against the production build: a shopper uploads (with real progress),
 * OCR runs after the response, a pharmacist enrols TOTP and approves in /admin/prescriptions,
 * and the shopper sees the outcome. Sita and Ram come from the seed.
 */
const database = connectE2eDatabase();

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

const prescriptionImage = () => renderPrescription(['Dr. Sita Sharma MBBS', 'NMC No. 12345', 'Patient Name: Sita Sharma', 'Date: 20/11/2026', 'Rx', '1. Cap. Amoxicillin 500 mg 1-0-1']);

/** A pharmacist of its own for each test, so a test never depends on another's TOTP enrolment. */
async function signInPharmacist(page: Page, next: string) {
  await signInNewStaff(page, await createStaff('pharmacist', { twoFactor: false }), next);
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

test('a shopper uploads a prescription, it is read in the background, and nobody else can see it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, SITA, { next: '/prescriptions/new' });
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

  const other = await newVisitor(browser);
  await signIn(other.page, RAM, { next: '/prescriptions' });
  await other.page.waitForURL(/\/prescriptions$/);
  expect((await other.page.request.get(`/api/prescriptions/${id}/file`)).status()).toBe(404);
  const stranger = await other.page.goto(`/prescriptions/${id}`);
  expect(stranger?.status()).toBe(404);
  await expect(other.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.page.getByAltText('Your uploaded prescription')).toHaveCount(0);
  await other.context.close();

  const anonymous = await newVisitor(browser);
  expect((await anonymous.page.request.get(`/api/prescriptions/${id}/file`)).status()).toBe(404);
  await anonymous.context.close();
});

test('a pharmacist signs in with TOTP and reviews the upload with the NMC number highlighted', async ({ browser }) => {
  test.setTimeout(180_000);
  const staff = await newVisitor(browser);
  await signInPharmacist(staff.page, '/admin/prescriptions');
  const row = staff.page.getByTestId('queue-row').filter({ hasText: SITA.email }).first();
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
  const shopperAccount = await createCustomer({ address: { recipientName: 'Maya Gurung', province: 'Gandaki', district: 'Kaski', municipality: 'Pokhara Metropolitan City', ward: 8, street: 'Lakeside 4' } });
  const product = await seededRxProduct();

  // The shopper: cart, checkout, prescription uploaded inside the checkout, cash on delivery.
  const shopper = await newVisitor(browser);
  await signIn(shopper.page, shopperAccount, { next: `/products/${product.slug}` });
  await shopper.page.waitForURL(new RegExp(`/products/${product.slug}`));
  await shopper.page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
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
  const staff = await newVisitor(browser);
  await signInPharmacist(staff.page, '/admin/prescriptions');
  await staff.page.getByTestId('queue-row').filter({ hasText: shopperAccount.email }).getByRole('link', { name: 'Review' }).click();
  await expect(staff.page.getByTestId('review-linked-order')).toContainText(orderNumber);
  await expect(staff.page.getByRole('spinbutton', { name: new RegExp(product.brandName) })).toHaveValue('1');
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
  const account = await createUser({ name: 'Maya Live' });
  // A job already running on another worker (a fresh `running` row is not claimed again): this test decides when it ends.
  const row = await createPrescriptionRow({ userId: account.id, ocrStatus: 'running' });
  await signIn(page, account, { next: `/prescriptions/${row.id}` });
  await expect(page.getByTestId('ocr-reading')).toBeVisible();
  // A mark on the window survives only as long as the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.waitForResponse((r) => r.url().endsWith(`/api/prescriptions/${row.id}/status`) && r.status() === 200);

  const hints = { doctorName: 'Dr. Anjali Live', nmcNumber: '54321', date: '2026-11-20', medicines: [{ productId: null, brandName: 'Novamox', strength: '500 mg' }] };
  await database.sql`update prescriptions set ocr_status = 'done', ocr_hints = ${JSON.stringify(hints)}::jsonb where id = ${row.id}`;
  await expect(page.getByTestId('ocr-result')).toContainText('Dr. Anjali Live');
  await expect(page.getByTestId('ocr-result')).toContainText('Novamox 500 mg');
  await expect(page.getByTestId('ocr-reading')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true)).toBe(true);
  await page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-read-live.png`, fullPage: true });
});

test('a PDF prescription becomes page images, served sandboxed; OCR reads it and the pharmacist pages through it', async ({ browser }) => {
  test.setTimeout(180_000);
  const shopper = await newVisitor(browser);
  await signIn(shopper.page, SITA, { next: '/prescriptions/new' });
  const picker = shopper.page.getByLabel('Choose a file');
  // Dated in Bikram Sambat, as many Nepali prescriptions are: 6 Mangsir 2083 is 22 November 2026.
  const pdf = makePdf({ pages: [['Dr. Hari Karki', 'NMC No. 67890', 'Date: 2083/08/06'], ['Rx', '1. Cap. Amoxicillin 500 mg']], active: true });

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

  const staff = await newVisitor(browser);
  await signInPharmacist(staff.page, `/admin/prescriptions/${id}`);
  await expect(staff.page.getByRole('img', { name: 'Uploaded prescription, page 1 of 2' })).toBeVisible();
  await expect(staff.page.getByTestId('prescription-date')).toHaveText('22 Nov 2026 (6 Mangsir 2083) · written in BS as “2083/08/06”');
  await staff.page.getByRole('button', { name: 'Page 2' }).click();
  await expect(staff.page.getByRole('img', { name: 'Uploaded prescription, page 2 of 2' })).toBeVisible();
  await expect(staff.page.locator('iframe, embed, object')).toHaveCount(0);
  await staff.page.screenshot({ path: `${ARTIFACTS_DIR}/prescription-review-pdf.png`, fullPage: true });
  await staff.context.close();
});
