import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderPrescription } from '@/test-support/factories/prescription-images';
import { seededRxProduct } from '@/test-support/factories/products';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { newVisitor } from './support/visitors';

/**
 * Patients and safety checks on the production build: a shopper adds a parent, uploads a
 * prescription for him and checks out clopidogrel with omeprazole for him; the pharmacist sees the
 * patient and a major interaction, cannot approve before acknowledging it, and the approval and
 * the acknowledgement are audited.
 */
const database = connectE2eDatabase();
const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'patients');

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
}

async function addToCart(page: Page, product: { slug: string; brandName: string }) {
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
}

test('the pharmacist sees the patient and an interaction, must acknowledge it to approve, and the approval is audited', async ({ browser }) => {
  test.setTimeout(240_000);
  const account = await createCustomer({ name: 'Sunita Karki' });
  const clopidogrel = await seededRxProduct('Clopidogrel');
  const [omeprazole] = await database.sql<{ slug: string; brand_name: string }[]>`
    select p.slug, p.brand_name from products p
    where p.generic_name = 'Omeprazole' and p.active and not p.requires_prescription
      and (select coalesce(sum(b.quantity), 0) from inventory_batches b where b.product_id = p.id and b.expiry_date > current_date + 30) >= 5
    order by p.id limit 1`;

  // The shopper: an empty family list, then her father with his age, allergy and condition.
  const shopper = await newVisitor(browser);
  await signIn(shopper.page, account, { next: '/account/patients' });
  await expect(shopper.page.getByRole('heading', { name: 'Patients' })).toBeVisible();
  await expect(shopper.page.getByTestId('patient')).toHaveCount(1);
  await expect(shopper.page.getByTestId('patient')).toContainText('Sunita Karki');
  await expect(shopper.page.getByTestId('patients-empty')).toBeVisible();
  await screenshot(shopper.page, 'account-patients-empty');
  const form = shopper.page.getByTestId('patient-form');
  await form.getByRole('button', { name: 'Add patient' }).click();
  await expect(shopper.page.locator('[data-field-error="name"]')).toContainText('Name is required');
  await form.getByLabel('Full name').fill('Ram Bahadur Karki');
  await form.getByLabel('Who is this?').selectOption({ label: 'Mother or father' });
  await form.getByLabel('Sex').selectOption({ label: 'Male' });
  await form.getByRole('button', { name: 'Add patient' }).click();
  await expect(shopper.page.locator('[data-field-error="birthDate"]')).toContainText('Enter a date of birth, or the age in years');
  await form.getByLabel('Age in years').fill('70');
  await form.getByLabel('Allergies').fill('Sulfa');
  await form.getByLabel('Long-term conditions').fill('Heart stent in 2024');
  await form.getByRole('button', { name: 'Add patient' }).click();
  await expect(shopper.page.getByRole('status').filter({ hasText: 'Patient saved.' })).toBeVisible();
  await expect(shopper.page.getByTestId('patient').filter({ hasText: 'Ram Bahadur Karki' })).toContainText('about 70 years');
  await screenshot(shopper.page, 'account-patients');

  // A prescription for him, then clopidogrel and omeprazole at checkout, the Rx line for him.
  await shopper.page.goto('/prescriptions/new');
  await shopper.page.getByLabel('Who is this prescription for?').selectOption({ label: 'Ram Bahadur Karki · Mother or father' });
  await shopper.page.getByLabel('Choose a file').setInputFiles({ name: 'rx.png', mimeType: 'image/png', buffer: await renderPrescription(['Dr. Hari Shrestha', 'NMC No. 4321', 'Patient: Ram Bahadur Karki', 'Tab. Clopidogrel 75 mg 1-0-0']) });
  await shopper.page.getByRole('button', { name: 'Upload prescription' }).click();
  await shopper.page.waitForURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  const prescriptionId = new URL(shopper.page.url()).pathname.split('/').pop()!;
  await expect(shopper.page.getByText('for Ram Bahadur Karki')).toBeVisible();
  await addToCart(shopper.page, clopidogrel);
  await addToCart(shopper.page, { slug: omeprazole!.slug, brandName: omeprazole!.brand_name });
  await shopper.page.goto('/checkout');
  const step = shopper.page.getByTestId('checkout-prescription-step');
  await expect(step.getByRole('radio', { name: /for Ram Bahadur Karki/ })).toBeChecked();
  await step.getByTestId('checkout-line-patients').getByRole('combobox').selectOption({ label: 'Ram Bahadur Karki · Mother or father' });
  await shopper.page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await screenshot(shopper.page, 'checkout-patients');
  await shopper.page.getByRole('button', { name: 'Place order' }).click();
  await shopper.page.waitForURL(/\/orders\/MN-[0-9]{6}-[A-Z0-9]{8}/);
  const orderNumber = /\/orders\/(MN-[0-9]{6}-[A-Z0-9]{8})/.exec(shopper.page.url())![1]!;

  // The pharmacist: the patient, the interaction with its source, a refusal, then the approval.
  const staff = await newVisitor(browser);
  const pharmacist = await createStaff('pharmacist', { twoFactor: false });
  await signInNewStaff(staff.page, pharmacist, `/admin/prescriptions/${prescriptionId}`);
  const patient = staff.page.getByTestId('review-patient');
  await expect(patient).toContainText('Ram Bahadur Karki');
  await expect(patient).toContainText('about 70 years');
  await expect(patient).toContainText('Heart stent in 2024');
  await expect(staff.page.getByTestId('review-patient-allergies')).toHaveText('Sulfa');
  const warning = staff.page.getByTestId('safety-acknowledgements').getByTestId('safety-warning');
  await expect(warning).toHaveCount(1);
  await expect(warning).toHaveAttribute('data-severity', 'major');
  await expect(warning).toContainText('Interaction: clopidogrel with omeprazole');
  await expect(warning).toContainText('Source: FDA label, Plavix');
  await staff.page.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.page.getByRole('form', { name: 'Approve prescription' }).getByRole('alert').first()).toContainText('One safety warning has not been acknowledged');
  await expect(staff.page.locator('[data-status="pending"]')).toBeVisible();
  await screenshot(staff.page, 'review-interaction-refused');
  await staff.page.getByRole('checkbox', { name: /Acknowledge warning 1: Interaction: clopidogrel with omeprazole/ }).check();
  await staff.page.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.page.locator('[data-status="approved"]')).toBeVisible();
  await expect(staff.page.getByTestId('review-linked-order')).toContainText(`${orderNumber} · Confirmed`);
  await screenshot(staff.page, 'review-approved');

  const audited = await database.sql<{ action: string; actor_id: string; details: { warnings?: { id: string; severity: string; source: string }[] } }[]>`
    select action, actor_id, details from audit_log where entity_type = 'prescription' and entity_id = ${prescriptionId} order by id`;
  expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['prescription.safety_warnings_acknowledged', 'prescription.approved']));
  const acknowledged = audited.find((a) => a.action === 'prescription.safety_warnings_acknowledged')!;
  expect(acknowledged.actor_id).toBe(pharmacist.id);
  expect(acknowledged.details.warnings).toEqual([expect.objectContaining({ severity: 'major', source: expect.stringContaining('Plavix') })]);

  // The order page shows whom the clopidogrel is for, the patient and the warning.
  await staff.page.goto(`/admin/orders/${orderNumber}`);
  await expect(staff.page.getByTestId('line-patient')).toHaveText('For Ram Bahadur Karki');
  await expect(staff.page.getByRole('region', { name: 'Safety checks' }).getByTestId('safety-warning')).toContainText('clopidogrel with omeprazole');
  await screenshot(staff.page, 'admin-order-patient');

  // Removing him from the account asks first; the order keeps its patient, marked as removed.
  await shopper.page.goto('/account/patients');
  const card = shopper.page.getByTestId('patient').filter({ hasText: 'Ram Bahadur Karki' });
  await card.getByRole('button', { name: 'Remove' }).click();
  await shopper.page.getByRole('dialog').getByRole('button', { name: 'Keep them' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Remove' }).click();
  await expect(shopper.page.getByRole('dialog')).toContainText('Remove Ram Bahadur Karki from your patients?');
  await shopper.page.getByRole('dialog').getByRole('button', { name: 'Remove patient' }).click();
  await expect(card).toHaveCount(0);
  await expect(shopper.page.getByTestId('patients-empty')).toBeVisible();
  await staff.page.reload();
  await expect(staff.page.getByTestId('review-patient')).toContainText('since removed from the account');
  await shopper.context.close();
  await staff.context.close();
});
