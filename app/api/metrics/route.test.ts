import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { env } from '@/lib/env';
import { MemoryStore } from '@/lib/kv/memory-store';
import { rateLimit } from '@/lib/kv/rate-limit';
import { cancelOrderForCustomer } from '@/lib/orders/customer-actions';
import { OutOfStockError } from '@/lib/orders/errors';
import { placeOrder } from '@/lib/orders/place-order';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { checkoutKey } from '@/test-support/factories/orders';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer } from '@/test-support/factories/users';
import { khaltiPaymentUrl, placeEsewaOrder, placeKhaltiOrder, signedFormFor } from '@/test-support/payments';
import { GET } from './route';

const sandboxes = await vi.hoisted(async () => [
  await (await import('@/test-support/khalti-sandbox')).startKhaltiSandboxForThisProcess(),
  await (await import('@/test-support/esewa-sandbox')).startSandboxForThisProcess(),
]);
afterAll(() => Promise.all(sandboxes.map((sandbox) => sandbox.close())));

const scrape = (authorization?: string) => GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

/** One sample's value from Prometheus text, 0 when the series has not appeared yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2]?.split(/,(?=[a-z_]+=")/) ?? [];
    if (wanted.every((label) => have.includes(label))) return Number(match[3]);
  }
  return 0;
}

/** The sum of every sample of a series that carries these labels (all outcomes of a provider, say). */
function total(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] === name && wanted.every((label) => (match[2]?.split(/,(?=[a-z_]+=")/) ?? []).includes(label))) sum += Number(match[3]);
  }
  return sum;
}

const read = async () => (await scrape(`Bearer ${env.METRICS_TOKEN}`)).text();

describe('GET /api/metrics', () => {
  it('refuses a missing or wrong bearer with 401 and shows nothing', async () => {
    for (const response of [await scrape(), await scrape('Bearer not-the-token'), await scrape(`Basic ${env.METRICS_TOKEN}`)]) {
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('medinest_');
    }
  });

  it('answers Prometheus text whose figures move as the shop works', async () => {
    const response = await scrape(`Bearer ${env.METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const before = await response.text();
    expect(sample(before, 'medinest_database_up')).toBe(1);

    // Two orders placed (one then cancelled by its shopper), one refused for lack of stock.
    const shopper = await createCustomer();
    const product = await createProduct({ batches: [{ quantity: 3, expiryDate: '2099-01-01' }] });
    const place = (quantity: number) => placeOrder({ userId: shopper.id, addressId: shopper.addressId, checkoutKey: checkoutKey(), paymentMethod: 'cod', lines: [{ productId: product.id, quantity }] });
    const first = await place(1);
    await place(1);
    await expect(place(5)).rejects.toBeInstanceOf(OutOfStockError);
    await cancelOrderForCustomer(shopper.id, first.number, 'changed my mind');
    // A limit refusing its fourth hit.
    const store = new MemoryStore();
    for (let i = 0; i < 4; i++) await rateLimit(store, `metrics-test:${shopper.id}`, { limit: 3, windowSeconds: 60 });
    // Khalti's lookup, through reconciliation.
    const khalti = await placeKhaltiOrder();
    await khaltiPaymentUrl(khalti.order, khalti.shopper.id);
    await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, khalti.order.orderId));
    await reconcilePayments({ orderId: khalti.order.orderId });
    // eSewa's status check, through reconciliation of an attempt the shopper left at eSewa.
    const esewa = await placeEsewaOrder();
    await signedFormFor(esewa.order, esewa.shopper.id);
    await db.update(payments).set({ createdAt: sql`now() - interval '10 minutes'` }).where(eq(payments.orderId, esewa.order.orderId));
    await reconcilePayments({ orderId: esewa.order.orderId });

    const after = await read();
    const moved = (name: string, labels?: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('medinest_orders_placed_total', { method: 'cod' })).toBe(2);
    expect(moved('medinest_orders_placed_total', { method: 'khalti' })).toBe(1);
    expect(moved('medinest_orders_placed_total', { method: 'esewa' })).toBe(1);
    expect(moved('medinest_orders_cancelled_total', { by: 'customer' })).toBe(1);
    expect(moved('medinest_checkout_stock_outs_total')).toBe(1);
    expect(moved('medinest_rate_limit_refusals_total', { limit: 'metrics-test' })).toBe(1);
    expect(moved('medinest_payment_status_api_seconds_count', { provider: 'khalti', outcome: 'initiated' })).toBe(1);
    expect(total(after, 'medinest_payment_status_api_seconds_count', { provider: 'esewa' }) - total(before, 'medinest_payment_status_api_seconds_count', { provider: 'esewa' })).toBe(1);
    // Every statement is timed: three orders and a cancellation wrote rows, the stock-out only read.
    expect(moved('medinest_db_query_duration_seconds_count', { operation: 'insert', outcome: 'ok' })).toBeGreaterThanOrEqual(3 * 3);
    expect(moved('medinest_db_query_duration_seconds_count', { operation: 'select', outcome: 'ok' })).toBeGreaterThan(0);
    // Each order queued its email: the outbox backlog the dispatcher has not sent yet.
    expect(sample(after, 'medinest_outbox_messages', { status: 'pending' })).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'medinest_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
    // The two cash-on-delivery orders queued a "confirmed" SMS too (the factories' shoppers have verified numbers).
    expect(sample(after, 'medinest_sms_outbox_messages', { status: 'pending' })).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'medinest_sms_refused_messages', { kind: 'no_credit' })).toBeGreaterThanOrEqual(0);
    expect(after).toContain('medinest_ocr_queue_depth ');
    expect(sample(after, 'medinest_database_connections', { state: 'active' })).toBeGreaterThanOrEqual(1);
  });
});
