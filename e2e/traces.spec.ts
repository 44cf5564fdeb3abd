import { expect, test } from '@playwright/test';
import { createProduct, type TestProduct } from '@/test-support/factories/products';
import { createCustomer, type TestCustomer } from '@/test-support/factories/users';
import { receivedSpans, type ReceivedSpan } from '@/test-support/otlp-receiver';
import { signIn } from './pages/sign-in';
import { e2eState } from './support/e2e-config';
import { connectE2eDatabase } from './support/e2e-database';
import { asNewVisitor } from './support/visitors';

/**
 * OpenTelemetry on the production build: the e2e server exports OTLP/HTTP to a local receiver
 * (scripts/e2e-app.ts). A product page and a checkout each leave one trace whose id is the
 * response's request id, with Next's request span and a span per SQL statement beneath it.
 */
connectE2eDatabase();
let product: TestProduct;
let shopper: TestCustomer;

test.beforeAll(async () => {
  product = await createProduct({ pricePaisa: 80_00, batches: [{ quantity: 10 }] });
  shopper = await createCustomer({ name: 'Trace Shopper', address: { label: 'Home', recipientName: 'Trace Shopper', province: 'Bagmati', district: 'Kathmandu', municipality: 'Kathmandu Metropolitan City', ward: 4, street: 'Span Marg 1' } });
});

test.beforeEach(async ({ context }) => {
  await asNewVisitor(context);
});

/** Every span's parent is in the trace: spans end and are exported in batches, children first. */
const complete = (spans: ReceivedSpan[]) => {
  const ids = new Set(spans.map((span) => span.spanId));
  return spans.filter((span) => !span.parentSpanId).length === 1 && spans.every((span) => !span.parentSpanId || ids.has(span.parentSpanId));
};

/** The trace once it is complete and `expectSpan` holds for it. */
async function traceOf(traceId: string, expectSpan: (spans: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
  let spans: ReceivedSpan[] = [];
  await expect
    .poll(async () => {
      spans = await receivedSpans(e2eState().otlpReceiverUrl, traceId);
      return complete(spans) && expectSpan(spans);
    }, { timeout: 15_000 })
    .toBe(true);
  return spans;
}

const readsProducts = (span: ReceivedSpan) => /\bfrom "?products"?\s/.test(String(span.attributes['db.query.text']));
const statements = (spans: ReceivedSpan[]) => spans.filter((span) => span.attributes['db.system.name'] === 'postgresql' && span.attributes['db.query.text']);

test('a product page is one trace, named by its request id, with its SQL statements', async ({ page }) => {
  // Signed in, so the page renders for this request rather than coming from the page cache.
  await signIn(page, shopper);
  const response = await page.goto(`/products/${product.slug}`);
  const requestId = response!.headers()['x-request-id']!;
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);

  const spans = await traceOf(requestId, (found) => found.some((span) => !span.parentSpanId) && statements(found).some((span) => readsProducts(span)));
  // Next's own request span is the root; the route is named by pattern, never by slug.
  const root = spans.find((span) => !span.parentSpanId)!;
  expect(root).toMatchObject({ service: 'medinest', attributes: { 'http.method': 'GET', 'http.target': `/products/${product.slug}` } });
  // Every page lives under app/[locale] (English addresses are rewritten to /en/…).
  expect(spans.some((span) => span.attributes['next.route'] === '/[locale]/products/[slug]')).toBe(true);
  const productQuery = statements(spans).find((span) => readsProducts(span))!;
  expect(productQuery).toMatchObject({ name: expect.stringMatching(/^SELECT /), kind: 3 /* CLIENT */ });
  // Parameters never reach a span: the slug is a bound value, not in the text.
  expect(String(productQuery.attributes['db.query.text'])).not.toContain(product.slug);
});

test('a checkout is one trace with the order written in one transaction', async ({ page }) => {
  await signIn(page, shopper);
  await page.goto(`/products/${product.slug}`);
  await page.getByRole('button', { name: `Add ${product.brandName} to cart` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to cart' })).toBeVisible();
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  const placed = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/checkout');
  await page.getByRole('button', { name: 'Place order' }).click();
  const requestId = (await placed).headers()['x-request-id']!;
  await expect(page).toHaveURL(/\/orders\/MN-/);
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);

  const spans = await traceOf(requestId, (found) => statements(found).some((span) => span.name === 'INSERT orders'));
  const insertOrder = statements(spans).find((span) => span.name === 'INSERT orders')!;
  const transaction = spans.find((span) => span.spanId === insertOrder.parentSpanId)!;
  expect(transaction.name).toBe('db.transaction');
  const inTransaction = statements(spans).filter((span) => span.parentSpanId === transaction.spanId).map((span) => span.name);
  expect(inTransaction).toEqual(expect.arrayContaining(['INSERT orders', 'INSERT order_items']));
  expect(spans.find((span) => !span.parentSpanId)?.attributes).toMatchObject({ 'http.method': 'POST', 'http.target': '/checkout' });
});
