import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => Object.assign(process.env, { TRUSTED_PROXY_HOPS: '1', OCR_AFTER_UPLOAD: '0' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { orders } = await import('@/db/schema');
const { call } = await import('@/test-support/api-client');
const { apiCustomer } = await import('@/test-support/api-session');
const { createProduct, seededRxProduct } = await import('@/test-support/factories/products');
const { placedOrderSchema, cartSchema } = await import('@/lib/api/contract/schemas');

type Shopper = Awaited<ReturnType<typeof apiCustomer>>;

async function fillCart(shopper: Shopper, productId?: number) {
  const id = productId ?? (await createProduct()).id;
  const response = await call('POST', '/cart/items', {}, { token: shopper.accessToken, json: { productId: id, quantity: 2 } });
  expect(response.status).toBe(200);
  return cartSchema.parse(await response.json());
}

const checkout = (shopper: Shopper, key: string | null, json: unknown) =>
  call('POST', '/checkout', {}, { token: shopper.accessToken, json, headers: key === null ? {} : { 'idempotency-key': key } });

const ordersOf = async (userId: string) => db.select({ number: orders.number }).from(orders).where(eq(orders.userId, userId));

describe('POST /api/v1/checkout', () => {
  it('places the cart as an order once per Idempotency-Key, answering a retry with the same order', async () => {
    const shopper = await apiCustomer();
    const cart = await fillCart(shopper);
    expect(cart.itemCount).toBe(2);
    const body = { addressId: shopper.addressId, paymentMethod: 'cod' };
    const first = await checkout(shopper, 'order-attempt-1', body);
    expect(first.status).toBe(201);
    const placed = placedOrderSchema.parse(await first.json());
    expect(placed).toMatchObject({ created: true, status: 'confirmed', paymentMethod: 'cod' });
    const retry = await checkout(shopper, 'order-attempt-1', body);
    expect(retry.status).toBe(200);
    expect(placedOrderSchema.parse(await retry.json())).toEqual({ ...placed, created: false });
    expect(await ordersOf(shopper.id)).toHaveLength(1);
    const emptied = cartSchema.parse(await (await call('GET', '/cart', {}, { token: shopper.accessToken })).json());
    expect(emptied.lines).toEqual([]);
  });

  it('refuses the same key with a different body (422) and a missing or malformed key (400)', async () => {
    const shopper = await apiCustomer();
    await fillCart(shopper);
    const body = { addressId: shopper.addressId, paymentMethod: 'cod' };
    expect((await checkout(shopper, 'key-a', body)).status).toBe(201);
    await fillCart(shopper);
    const changed = await checkout(shopper, 'key-a', { ...body, deliveryNotes: 'Ring twice' });
    expect(changed.status).toBe(422);
    expect(((await changed.json()) as { errors: object }).errors).toHaveProperty('Idempotency-Key');
    expect((await checkout(shopper, null, body)).status).toBe(400);
    expect((await checkout(shopper, 'spaces are not allowed', body)).status).toBe(400);
    expect((await checkout(shopper, 'x'.repeat(65), body)).status).toBe(400);
    expect(await ordersOf(shopper.id)).toHaveLength(1);
  });

  it('makes exactly one order of ten concurrent requests with one key', async () => {
    const shopper = await apiCustomer();
    await fillCart(shopper);
    const body = { addressId: shopper.addressId, paymentMethod: 'cod' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => checkout(shopper, 'burst-key', body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const numbers = new Set(await Promise.all(responses.map(async (r) => placedOrderSchema.parse(await r.json()).number)));
    expect(numbers.size).toBe(1);
    expect(await ordersOf(shopper.id)).toHaveLength(1);
  });

  it('refuses another shopper\'s address, an empty cart, and prescription-only lines without a prescription (422)', async () => {
    const shopper = await apiCustomer();
    const other = await apiCustomer();
    expect((await checkout(shopper, 'empty-cart', { addressId: shopper.addressId, paymentMethod: 'cod' })).status).toBe(422);
    await fillCart(shopper);
    expect((await checkout(shopper, 'their-address', { addressId: other.addressId, paymentMethod: 'cod' })).status).toBe(422);
    const rx = await seededRxProduct();
    await call('POST', '/cart/items', {}, { token: shopper.accessToken, json: { productId: rx.id, quantity: 1 } });
    const missing = await checkout(shopper, 'rx-without', { addressId: shopper.addressId, paymentMethod: 'cod' });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { errors: object }).errors).toHaveProperty('prescriptionId');
    expect(await ordersOf(shopper.id)).toHaveLength(0);
  });

  it('refuses unknown fields and a bad payment method with 400', async () => {
    const shopper = await apiCustomer();
    await fillCart(shopper);
    expect((await checkout(shopper, 'k1', { addressId: shopper.addressId, paymentMethod: 'bitcoin' })).status).toBe(400);
    expect((await checkout(shopper, 'k2', { addressId: shopper.addressId, paymentMethod: 'cod', userId: shopper.id })).status).toBe(400);
    expect((await checkout(shopper, 'k3', { addressId: 'not-a-uuid', paymentMethod: 'cod' })).status).toBe(400);
  });
});

describe('orders over the API', () => {
  it('lists orders newest first with a cursor, shows one and cancels it', async () => {
    const shopper = await apiCustomer();
    const numbers: string[] = [];
    for (const key of ['o1', 'o2', 'o3']) {
      await fillCart(shopper);
      const placed = placedOrderSchema.parse(await (await checkout(shopper, key, { addressId: shopper.addressId, paymentMethod: 'cod' })).json());
      numbers.unshift(placed.number);
    }
    const { orderPageSchema, orderDetailSchema } = await import('@/lib/api/contract/schemas');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call('GET', '/orders', {}, { token: shopper.accessToken, query: { limit: '2', ...(cursor ? { cursor } : {}) } });
      expect(response.status).toBe(200);
      const page = orderPageSchema.parse(await response.json());
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((o) => o.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(numbers);
    expect((await call('GET', '/orders', {}, { token: shopper.accessToken, query: { limit: '51' } })).status).toBe(400);

    const detail = orderDetailSchema.parse(await (await call('GET', '/orders/{number}', { number: numbers[0]! }, { token: shopper.accessToken })).json());
    expect(detail.lines).toHaveLength(1);
    const cancelled = await call('POST', '/orders/{number}/cancel', { number: numbers[0]! }, { token: shopper.accessToken });
    expect(cancelled.status).toBe(200);
    expect(orderDetailSchema.parse(await cancelled.json()).status).toBe('cancelled');
    const again = await call('POST', '/orders/{number}/cancel', { number: numbers[0]! }, { token: shopper.accessToken, json: { reason: 'again' } });
    expect(again.status).toBe(409);
    const badCursor = await call('GET', '/orders', {}, { token: shopper.accessToken, query: { cursor: 'eyJub3QiOiJhIGN1cnNvciJ9' } });
    expect(badCursor.status).toBe(400);
  });
});
