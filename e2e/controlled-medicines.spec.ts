import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createOrderRow } from '@/test-support/factories/order-rows';
import { createPrescriptionRow } from '@/test-support/factories/prescription-rows';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { horizontalOverflow } from './support/horizontal-overflow';
import { hydrated } from './support/hydration';
import { newVisitor } from './support/visitors';

/**
 * Controlled medicines on the production build: the pharmacist reviewing a prescription for one is
 * refused without the prescriber's NMC number, enters it (the OCR hint beside the field), approves;
 * the order is packed and dispatched; the register shows the entry and exports it as CSV; a
 * shopper is refused the register and its export.
 */
const database = connectE2eDatabase();
const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'controlled-medicines');

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [label, viewport] of [['phone', { width: 360, height: 800 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
    expect(await horizontalOverflow(page, name), `${name} at ${label} width`).toBeNull();
  }
}

test('a controlled medicine needs the NMC number at review and is entered in the register at dispatch', async ({ browser }) => {
  test.setTimeout(240_000);
  const account = await createCustomer({ name: 'Maya Gurung' });
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const product = await createProduct({ brandName: `Contramal ${tag}`, genericName: 'Tramadol', strength: '50 mg', requiresPrescription: true, controlled: true, batches: [{ quantity: 30, expiryDate: '2099-03-31', batchNumber: `TRM-${tag}` }] });
  const sql = database.sql;
  const [mother] = await sql<{ id: string }[]>`
    insert into patients (user_id, relationship, name, birth_date, birth_date_estimated, sex, conditions)
    values (${account.id}, 'parent', 'Devi Maya Gurung', '1958-01-01', true, 'female', 'Osteoarthritis') returning id`;
  // A prescription as the upload and the OCR job leave it (both are tested in lib/prescriptions).
  const { id: prescriptionId } = await createPrescriptionRow({ userId: account.id, ocrStatus: 'done' });
  const hints = { nmcNumber: '4521', nmcText: 'NMC No. 4521', doctorName: 'Dr. Hari Koirala', patientName: 'Devi Maya Gurung', date: null, dateText: null, medicineLines: [], medicines: [] };
  await sql`update prescriptions set patient_id = ${mother!.id}, ocr_text = ${'Dr. Hari Koirala\nNMC No. 4521\nPatient: Devi Maya Gurung'}, ocr_engine = 'tesseract', ocr_hints = ${JSON.stringify(hints)}::jsonb where id = ${prescriptionId}`;
  // An order waiting for it, its four tablets held on the batch as placeOrder holds them.
  const order = await createOrderRow({ userId: account.id, product: { ...product, strength: '50 mg', requiresPrescription: true }, quantity: 4, status: 'awaiting_prescription' });
  const [batch] = await sql<{ id: number }[]>`update inventory_batches set quantity = quantity - 4 where product_id = ${product.id} returning id`;
  await sql`insert into stock_movements (product_id, batch_id, quantity_change, reason, order_id) values (${product.id}, ${batch!.id}, -4, 'sale', ${order.id})`;
  await sql`insert into order_item_allocations (order_item_id, batch_id, quantity) select id, ${batch!.id}, 4 from order_items where order_id = ${order.id}`;
  await sql`update order_items set patient_id = ${mother!.id} where order_id = ${order.id}`;
  await sql`insert into order_prescriptions (order_id, prescription_id) values (${order.id}, ${prescriptionId})`;

  // The pharmacist: refused without the NMC number, refused a malformed one, then approves.
  const staff = await newVisitor(browser);
  const pharmacist = await createStaff('pharmacist', { name: 'Gita Adhikari', twoFactor: false });
  await signInNewStaff(staff.page, pharmacist, `/admin/prescriptions/${prescriptionId}`);
  const form = staff.page.getByRole('form', { name: 'Approve prescription' });
  await expect(form.getByTestId('controlled-notice')).toContainText(`Controlled: Contramal ${tag} 50 mg`);
  await expect(form.getByTestId('ocr-nmc-hint')).toContainText('OCR read: 4521');
  await hydrated(form.getByRole('button', { name: 'Approve' }));
  await form.getByRole('button', { name: 'Approve' }).click();
  await expect(form.getByRole('alert').first()).toContainText(`Contramal ${tag} 50 mg is a controlled medicine: enter the prescriber's name and NMC number`);
  await expect(staff.page.locator('[data-field-error="prescriberNmcNumber"]')).toContainText("Enter the prescriber's NMC number");
  await expect(staff.page.locator('[data-status="pending"]')).toBeVisible();
  await screenshot(staff.page, 'review-refused-without-nmc');

  await form.getByLabel("Prescriber's name").fill('Dr. Hari Koirala');
  await form.getByLabel('NMC number').fill('45210000');
  await form.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.page.locator('[data-field-error="prescriberNmcNumber"]')).toContainText('1 to 6 digits');
  await form.getByLabel('NMC number').fill('NMC 4521');
  await form.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.page.locator('[data-status="approved"]')).toBeVisible();
  await expect(staff.page.getByTestId('recorded-prescriber')).toHaveText('Prescriber: Dr. Hari Koirala, NMC 4521.');
  await expect(staff.page.getByTestId('review-linked-order')).toContainText(`${order.number} · Confirmed`);

  // Packed, then dispatched from the order page.
  await staff.page.goto(`/admin/orders/${order.number}`);
  const pack = staff.page.locator('[data-step="pack"]');
  await hydrated(pack.getByRole('button', { name: 'Mark packed' }));
  await pack.getByRole('button', { name: 'Mark packed' }).click();
  const dispatch = staff.page.locator('[data-step="dispatch"]');
  await dispatch.getByLabel('Courier').fill('Pathao Parcel');
  await dispatch.getByRole('button', { name: 'Dispatch' }).click();
  await expect(staff.page.locator('[data-step="deliver"]')).toBeVisible();

  // The register: the entry, then the inspector's CSV.
  await staff.page.goto('/admin/controlled-register');
  const row = staff.page.getByTestId('register-row').filter({ hasText: order.number });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Devi Maya Gurung');
  await expect(row).toContainText('Dr. Hari Koirala');
  await expect(row).toContainText('NMC 4521');
  await expect(row).toContainText(`TRM-${tag} (exp 2099-03-31) × 4`);
  await expect(row).toContainText('Gita Adhikari');
  await screenshot(staff.page, 'register');
  const [download] = await Promise.all([staff.page.waitForEvent('download'), staff.page.getByTestId('export-register').click()]);
  expect(download.suggestedFilename()).toMatch(/^medinest-controlled-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const line = csv.split('\r\n').find((l) => l.includes(order.number));
  expect(line).toMatch(new RegExp(`,${order.number},Devi Maya Gurung,Dr. Hari Koirala,4521,Contramal ${tag} 50 mg,Tramadol,4,TRM-${tag} \\(exp 2099-03-31\\) × 4,Gita Adhikari,Gita Adhikari$`));
  const [exported] = await database.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'export.controlled_register' and actor_id = ${pharmacist.id}`;
  expect(exported!.n).toBe(1);

  // A shopper gets the back office's refusal, for the page and for the export.
  const shopper = await newVisitor(browser);
  await signIn(shopper.page, account);
  const response = await shopper.page.goto('/admin/controlled-register');
  expect(response?.status()).toBe(403);
  await expect(shopper.page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await expect(shopper.page.getByText('Devi Maya Gurung')).toHaveCount(0);
  const refused = await shopper.page.request.get('/api/admin/exports/controlled-register');
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain(order.number);
  await screenshot(shopper.page, 'shopper-refused');
  await shopper.context.close();
  await staff.context.close();
});
