import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { renderPrescription } from '@/test-support/factories/prescription-images';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { uniqueTag } from '@/test-support/factories/unique';
import { createCustomer, createStaff, createUser, type TestCustomer } from '@/test-support/factories/users';
import { signIn, signInNewStaff } from './pages/sign-in';
import { ARTIFACTS_DIR } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { horizontalOverflow, type Overflow } from './support/horizontal-overflow';
import { hydrated } from './support/hydration';
import { newVisitor } from './support/visitors';

/**
 * Issue 15, part 8: at 360 px (the narrowest phones sold in Nepal) no page of the shop or the back
 * office scrolls sideways. Each page is opened as the person who uses it, with real content (an
 * order with totals, a prescription with its file), and the widest offending element is named.
 */
test.describe.configure({ mode: 'serial' });
const PHONE = { width: 360, height: 760 };
const database = connectE2eDatabase();

let product: TestProduct;
let shopper: TestCustomer;
let shopperPage: Page;
let orderNumber: string;
let esewaOrderNumber: string;
let prescriptionId: string;
let patientId: string;

async function check(page: Page, paths: string[], prefix: string): Promise<Overflow[]> {
  const problems: Overflow[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState('load');
    const overflow = await horizontalOverflow(page, path);
    const name = `${prefix}-${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}`;
    if (overflow) problems.push(overflow);
    // Every page is kept, not only the failures: a page can fit and still be cramped or clipped.
    await page.screenshot({ path: `${ARTIFACTS_DIR}/phone-360/${overflow ? 'overflow-' : ''}${name}.png`, fullPage: true });
  }
  return problems;
}

/** A token as the emailed link carries it; only its hash is stored, as the app stores it. */
async function liveToken(table: 'password_reset_tokens' | 'email_verification_tokens', userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest('hex');
  await database.sql`insert into ${database.sql(table)} (user_id, token_hash, expires_at) values (${userId}, ${hash}, now() + interval '20 minutes')`;
  return token;
}

async function phoneVisitor(browser: Browser): Promise<Page> {
  return (await newVisitor(browser, { viewport: PHONE })).page;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  product = await createProduct({ brandName: `Narrowol${uniqueTag()}`, pricePaisa: 1_64_989_51, batches: [{ quantity: 40 }] });
  shopper = await createCustomer({ name: 'Phone Shopper' });
  shopperPage = await phoneVisitor(browser);
  await signIn(shopperPage, shopper);
  // An order with a large total: "Rs. 1,64,989.51" must not break across lines or push the page wide.
  await shopperPage.goto(`/products/${product.slug}`);
  await shopperPage.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(shopperPage.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await shopperPage.goto('/checkout');
  await shopperPage.getByRole('button', { name: 'Place order' }).click();
  await shopperPage.waitForURL(/\/orders\/MN-/);
  orderNumber = new URL(shopperPage.url()).pathname.split('/').pop()!;
  await shopperPage.goto('/prescriptions/new');
  const image = await renderPrescription(['Dr. Sita Sharma MBBS', 'NMC No. 12345', 'Patient Name: Phone Shopper', 'Rx', '1. Tab. Paracetamol 500 mg 1-1-1']);
  await shopperPage.getByLabel('Choose a file').setInputFiles({ name: 'rx.png', mimeType: 'image/png', buffer: image });
  await shopperPage.getByRole('button', { name: 'Upload prescription' }).click();
  await shopperPage.waitForURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  prescriptionId = new URL(shopperPage.url()).pathname.split('/').pop()!;
  // An eSewa order left unpaid, for its pay page.
  await shopperPage.goto(`/products/${product.slug}`);
  await shopperPage.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(shopperPage.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await shopperPage.goto('/checkout');
  await shopperPage.getByRole('radio', { name: /eSewa/ }).check();
  await shopperPage.getByRole('button', { name: 'Place order' }).click();
  // The pay page posts itself to the eSewa sandbox; leaving before it arrives would abort the next page.
  await shopperPage.waitForURL(/\/api\/epay\/main\/v2\/form$/);
  esewaOrderNumber = (await database.sql`select number from orders where user_id = ${shopper.id} and payment_method = 'esewa'`)[0]!.number as string;
  // A family member with long allergies and conditions, for the patients pages.
  const [patient] = await database.sql`insert into patients (user_id, relationship, name, allergies)
    values (${shopper.id}, 'parent', 'Ram Bahadur Karki Shrestha', 'penicillin, sulfamethoxazole, co-trimoxazole, aspirin') returning id`;
  patientId = patient!.id as string;
  // Something in the cart again, for the cart and checkout pages.
  await shopperPage.goto(`/products/${product.slug}`);
  await shopperPage.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(shopperPage.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
});

test('no shopper page scrolls sideways at 360 px', async ({ browser }) => {
  test.setTimeout(240_000);
  const [address] = await database.sql`select id from addresses where user_id = ${shopper.id} limit 1`;
  const signedIn = await check(
    shopperPage,
    [
      '/',
      '/products',
      '/products?q=paracetamol',
      `/products/${product.slug}`,
      '/cart',
      '/checkout',
      '/orders',
      `/orders/${orderNumber}`,
      '/prescriptions',
      '/prescriptions/new',
      `/prescriptions/${prescriptionId}`,
      '/account',
      '/account/addresses',
      `/account/addresses/${address!.id}`,
      '/account/patients',
      `/account/patients/${patientId}`,
      '/account/refills',
      '/account/password',
      '/account/phone',
      '/account/sessions',
      '/account/two-factor',
      '/delivery',
      '/returns',
      '/privacy',
      '/contact',
      '/offline',
    ],
    'shopper',
  );
  // The pay page as it shows before its form posts itself to eSewa (or for good, without JavaScript).
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, storageState: await shopperPage.context().storageState() });
  const payPage = await check(await noScript.newPage(), [`/checkout/pay/${esewaOrderNumber}`], 'shopper');
  await noScript.close();
  await shopperPage.goto(`/orders/${orderNumber}`);
  await shopperPage.screenshot({ path: `${ARTIFACTS_DIR}/phone-order-360.png`, fullPage: true });
  const anonymous = await check(
    await phoneVisitor(browser),
    [
      '/',
      '/products',
      `/products/${product.slug}`,
      '/login',
      '/register',
      '/register/check-email',
      '/forgot-password',
      // The links in the emails, with live tokens, so the pages show their forms rather than "not valid".
      `/reset-password/open?token=${await liveToken('password_reset_tokens', shopper.id)}`,
      `/verify-email?token=${await liveToken('email_verification_tokens', (await createUser({ unverified: true })).id)}`,
      '/verify-email/confirmed',
      '/verify-email/not-valid',
      '/delivery',
      '/returns',
      '/privacy',
      '/contact',
      '/offline',
    ],
    'visitor',
  );
  // Staff with two-factor, between the password and the code.
  const staffPage = await phoneVisitor(browser);
  await signIn(staffPage, await createStaff('pharmacist'));
  await expect(staffPage).toHaveURL(/\/login\/two-factor/);
  const challenge = await check(staffPage, ['/login/two-factor'], 'visitor');
  expect([...signedIn, ...payPage, ...anonymous, ...challenge]).toEqual([]);
});

test('no back-office page scrolls sideways at 360 px', async ({ browser }) => {
  test.setTimeout(300_000);
  const admin = await phoneVisitor(browser);
  await signInNewStaff(admin, await createStaff('admin', { twoFactor: false }));
  const pharmacist = await phoneVisitor(browser);
  await signInNewStaff(pharmacist, await createStaff('pharmacist', { twoFactor: false }));
  // An endpoint with a failed delivery, removed again after: e2e/webhooks.spec.ts expects to start with none.
  const [endpoint] = await database.sql`insert into webhook_endpoints (url, description, events, secret_encrypted)
    values ('https://partner.example.com.np/hooks/medinest/orders/very-long-path-for-a-narrow-screen', 'Phone layout check', ${['order.created', 'order.status_changed']}, 'v1.test.test.test') returning id`;
  const endpointId = endpoint!.id as string;
  await database.sql`insert into webhook_deliveries (endpoint_id, event_id, event_type, payload, state, attempts, last_response_code, last_error)
    values (${endpointId}, ${`evt_${uniqueTag()}`}, 'order.status_changed', ${JSON.stringify({ number: orderNumber })}::jsonb, 'failed', 8, 502, 'Bad gateway from https://partner.example.com.np/hooks/medinest/orders/very-long-path')`;
  const adminPages = await check(
    admin,
    [
      '/admin',
      '/admin/orders',
      `/admin/orders/${orderNumber}`,
      `/admin/orders/${orderNumber}/invoice`,
      `/admin/orders/${orderNumber}/packing-slip`,
      '/admin/prescriptions',
      `/admin/prescriptions/${prescriptionId}`,
      '/admin/stock',
      '/admin/stock/batches',
      `/admin/stock/${product.id}`,
      '/admin/products',
      '/admin/products/new',
      `/admin/products/${product.id}`,
      '/admin/categories',
      '/admin/categories/new',
      `/admin/categories/${product.categoryId}`,
      '/admin/regulated-medicines',
      '/admin/controlled-register',
      '/admin/users',
      '/admin/audit',
      '/admin/outbox',
      '/admin/outbox?channel=sms',
      '/admin/outbox?channel=push',
      '/admin/api-keys',
      '/admin/webhooks',
      `/admin/webhooks/${endpointId}`,
      '/admin/refills',
      '/admin/settings',
    ],
    'admin',
  ).finally(() => database.sql`delete from webhook_endpoints where id = ${endpointId}`);
  // The pharmacist's own view of the queue and the review (their nav is shorter, their work the same).
  const pharmacistPages = await check(pharmacist, ['/admin', '/admin/prescriptions', `/admin/prescriptions/${prescriptionId}`], 'pharmacist');
  await pharmacist.goto(`/admin/prescriptions/${prescriptionId}`);
  await pharmacist.screenshot({ path: `${ARTIFACTS_DIR}/phone-review-360.png`, fullPage: true });
  await admin.goto('/admin');
  await admin.screenshot({ path: `${ARTIFACTS_DIR}/phone-dashboard-360.png`, fullPage: true });
  expect([...adminPages, ...pharmacistPages]).toEqual([]);
});

test('the overflow check itself fails on a page that is too wide', async ({ browser }) => {
  const page = await phoneVisitor(browser);
  await page.goto('/contact');
  // Added before hydration, the element would be dropped when React redraws a mismatched tree.
  await hydrated(page.locator('main'));
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.setAttribute('data-testid', 'too-wide');
    wide.style.width = '600px';
    wide.textContent = 'wide';
    document.querySelector('main')!.append(wide);
  });
  const overflow = await horizontalOverflow(page, '/contact');
  expect(overflow?.widest).toContain('data-testid="too-wide"');
  expect(overflow!.scrollWidth).toBeGreaterThan(overflow!.clientWidth);
});
