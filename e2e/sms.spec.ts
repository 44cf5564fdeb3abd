import { expect, test, type Page } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueEmail } from '@/test-support/factories/unique';
import { createCustomer, createStaff } from '@/test-support/factories/users';
import { readFakeInbox } from '@/test-support/fake-resend';
import { readFakeSms, type ReceivedSms } from '@/test-support/fake-sms-gateway';
import { register } from './pages/register';
import { enrolTwoFactor, openEnrolmentLink, signIn } from './pages/sign-in';
import { ARTIFACTS_DIR, e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor, newVisitor } from './support/visitors';

/**
 * SMS on the production build, through the real Sparrow client to the local fake gateway: a new
 * shopper registers, confirms the email, chooses Nepali, finds cash on delivery waiting for a
 * verified number, gets the code by SMS, verifies it (a wrong code first, and another shopper's
 * code refused), places a cash-on-delivery order, and the fake receives "confirmed" in Nepali.
 */
const database = connectE2eDatabase();
const PASSWORD = 'Rara-lake-2082-green';
let product: TestProduct;

test.beforeAll(async () => {
  product = await createProduct({ batches: [{ quantity: 20 }] });
});
test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

const uniquePhone = () => `98${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function dispatchOutbox(page: Page) {
  const response = await page.request.post('/api/cron/dispatch-notifications', { headers: { authorization: `Bearer ${e2eState().cronSecret}` } });
  expect(response.status()).toBe(200);
}

/** What the fake gateway received for a number, once the outbox has been dispatched. */
async function smsTo(page: Page, phone: string, match: (sms: ReceivedSms) => boolean): Promise<ReceivedSms> {
  let found: ReceivedSms | undefined;
  await expect
    .poll(async () => {
      await dispatchOutbox(page);
      found = (await readFakeSms(e2eState().fakeSmsUrl)).filter((m) => m.to === phone && match(m)).at(-1);
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}

const codeIn = (sms: ReceivedSms) => /\b(\d{6})\b/.exec(sms.text)![1]!;

test('register, verify the mobile number with the SMS code, pay cash on delivery, and get "confirmed" by SMS and email in Nepali', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('sms');
  const phone = uniquePhone();
  await register(page, { name: 'Pemba Sherpa', email, phone, password: PASSWORD });
  await dispatchOutbox(page);
  const confirm = (await readFakeInbox(e2eState().fakeResendUrl)).find((m) => m.to.includes(email) && m.subject === 'Confirm your email for MediNest');
  const link = /http:\/\/\S+(\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(confirm?.text ?? '')?.[1];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/verify-email\/confirmed$/);
  await signIn(page, { email, password: PASSWORD }, { next: '/account' });
  await expect(page).toHaveURL(/\/account$/);

  // Not verified yet; the shopper chooses Nepali for SMS.
  await expect(page.getByTestId('phone-badge')).toHaveText('Not verified');
  await page.getByLabel('Language of emails, SMS and notifications').selectOption('ne');
  await page.getByRole('button', { name: 'Save message settings' }).click();
  await expect(page.getByText('Message settings saved.')).toBeVisible();

  // Checkout offers cash on delivery only once the number is verified, and shows the way.
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByLabel('Recipient name').fill('Pemba Sherpa');
  await page.getByLabel('Mobile number').fill(phone);
  await page.getByLabel('Province').selectOption('Bagmati');
  await page.getByLabel('District').selectOption('Kathmandu');
  await page.getByLabel('Municipality / rural municipality').fill('Kathmandu Metropolitan City');
  await page.getByLabel('Ward number').fill('4');
  await page.getByLabel('Street / tole').fill('Baluwatar');
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByRole('radio', { name: /Cash on delivery/ })).toBeDisabled();
  await page.getByRole('link', { name: 'verify your mobile number' }).click();
  await expect(page).toHaveURL(/\/account\/phone\?next=\/checkout$/);

  await page.getByRole('button', { name: 'Send code by SMS' }).click();
  await expect(page.getByText(`We sent a code to ${phone}.`)).toBeVisible();
  const codeSms = await smsTo(page, phone, (m) => m.text.includes('कोड'));
  expect(codeSms.provider).toBe('sparrow');
  const code = codeIn(codeSms);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/sms-verify-phone-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Another shopper holding this code cannot use it for their own number.
  const other = await newVisitor(browser);
  const stranger = await createCustomer({ phone: uniquePhone(), phoneUnverified: true });
  await signIn(other.page, stranger, { next: '/account/phone' });
  await other.page.getByRole('button', { name: 'Send code by SMS' }).click();
  await expect(other.page.getByText('We sent a code to')).toBeVisible();
  await other.page.getByLabel('Code from the SMS').fill(code);
  await other.page.getByRole('button', { name: 'Verify' }).click();
  await expect(other.page.getByRole('alert').filter({ hasText: /not right|expired/ }).first()).toBeVisible();
  await other.context.close();

  // A wrong code spends a try; the right one verifies and goes back to checkout.
  await page.getByLabel('Code from the SMS').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '2 tries left' }).first()).toBeVisible();
  await page.getByLabel('Code from the SMS').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL((url) => url.pathname === '/checkout');
  const [row] = await database.sql`select phone_verified_at from users where email = ${email}`;
  expect(row!.phone_verified_at).not.toBeNull();

  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/MN-\d{6}-[A-Z0-9]{8}\?placed=1$/);
  const number = /\/orders\/(MN-[^?]+)/.exec(page.url())![1]!;

  const confirmed = await smsTo(page, phone, (m) => m.text.includes(number));
  expect(confirmed.text).toContain(`अर्डर ${number} पुष्टि भयो`);
  expect(confirmed.text).toContain(`/orders/${number}`);
  const [stored] = await database.sql`select encoding, segments, status, provider from sms_messages where to_phone = ${phone} and template = 'order-received'`;
  expect(stored).toMatchObject({ encoding: 'ucs2', status: 'sent', provider: 'sparrow' });
  expect(stored!.segments).toBeGreaterThanOrEqual(2);
  // The order email goes in the language chosen on the account page too.
  await expect
    .poll(async () => (await readFakeInbox(e2eState().fakeResendUrl)).find((m) => m.to.includes(email) && m.subject.includes(number))?.subject, { timeout: 30_000 })
    .toBe(`तपाईंको अर्डर ${number} प्राप्त भयो`);
  // The code itself is not kept in the outbox once sent.
  const codes = await database.sql`select text from sms_messages where to_phone = ${phone} and template = 'phone-verification'`;
  expect(codes.map((c) => c.text).join(' ')).not.toContain(code);

  await page.goto('/account');
  await expect(page.getByTestId('phone-badge')).toHaveText('✓ Verified');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/sms-account-verified.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/sms-account-verified-390.png`, fullPage: true });
});

test('staff see each SMS with its segments and the gateway’s refusal in words, and queue a failed one again', async ({ page }) => {
  const phone = uniquePhone();
  await database.sql`insert into sms_messages (to_phone, template, locale, text, encoding, segments, status, attempts, last_error, error_kind, provider)
    values (${phone}, 'order-dispatched', 'ne', 'MediNest: अर्डर पठाइयो', 'ucs2', 2, 'failed', 5, 'No SMS credit left: Sparrow 1012 No Credits Available', 'no_credit', 'sparrow')`;
  const admin = await createStaff('admin', { twoFactor: false });
  await openEnrolmentLink(page, admin);
  await signIn(page, admin);
  await enrolTwoFactor(page);
  await page.goto('/admin/outbox?channel=sms&status=failed');
  const row = page.getByTestId('sms-outbox-row').filter({ hasText: phone });
  await expect(row).toContainText('No SMS credit left');
  await expect(row).toContainText('2 (Unicode)');
  await expect(row).toContainText('Nepali');
  await page.screenshot({ path: `${ARTIFACTS_DIR}/sms-outbox.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/sms-outbox-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await row.getByRole('button', { name: 'Retry' }).click();
  // Queued again: it leaves the list of failed ones.
  await expect(row).toHaveCount(0);
  const [after] = await database.sql`select status, attempts, error_kind from sms_messages where to_phone = ${phone}`;
  expect(after).toMatchObject({ status: 'pending', attempts: 0, error_kind: null });
});
