import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { nextControlFlow, signedIn, signInAs } from '@/test-support/admin-session';

vi.hoisted(() => Object.assign(process.env, { OCR_AFTER_UPLOAD: '0' }));
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('@/lib/audit/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { cartItems, orders } = await import('@/db/schema');
const { addToCart, cartLinesForUser, getOrCreateUserCart } = await import('@/lib/cart/cart-store');
const { createProduct } = await import('@/test-support/factories/products');
const { createCustomer } = await import('@/test-support/factories/users');
const { placeOrderAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
/** The action's answer, or where it redirected (Next throws the redirect). */
async function submit(fields: Record<string, string>): Promise<{ ok: boolean; message?: string } | { redirectedTo: string }> {
  try {
    return (await placeOrderAction(undefined, form(fields))) as { ok: boolean; message?: string };
  } catch (error) {
    if (nextControlFlow(error) !== 'redirect') throw error;
    return { redirectedTo: String((error as { digest: string }).digest.split(';')[2]) };
  }
}
const ordersOf = (userId: string) => db.select({ number: orders.number }).from(orders).where(eq(orders.userId, userId));

describe('the checkout form post', () => {
  it('refuses a medicine that is never sold online even when it is already in the cart, and places nothing', async () => {
    const shopper = await createCustomer();
    const otc = await createProduct();
    const colistin = await createProduct({ genericName: 'Colistin Sulphate' });
    const cartId = await getOrCreateUserCart(shopper.id);
    await addToCart(cartId, otc.id, 1);
    // A line that reached the cart by another path (added before the medicine was listed as not sold online).
    await db.insert(cartItems).values({ cartId, productId: colistin.id, quantity: 1 });
    signInAs(shopper);

    const outcome = await submit({ checkoutKey: 'checkout-regulated-01', addressId: shopper.addressId, paymentMethod: 'cod' });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be ordered online/) });
    expect(await ordersOf(shopper.id)).toEqual([]);
    expect((await cartLinesForUser(shopper.id)).map((l) => l.productId).sort()).toEqual([otc.id, colistin.id].sort());
  });

  it('a second press after a lost answer opens the order it placed, not "your cart is empty"', async () => {
    const shopper = await createCustomer();
    const product = await createProduct();
    await addToCart(await getOrCreateUserCart(shopper.id), product.id, 2);
    signInAs(shopper);
    const fields = { checkoutKey: 'checkout-retried-0001', addressId: shopper.addressId, paymentMethod: 'cod' };

    const first = await submit(fields);
    const [order] = await ordersOf(shopper.id);
    expect(first).toEqual({ redirectedTo: `/orders/${order!.number}?placed=1` });
    expect(await submit(fields)).toEqual(first);
    expect(await ordersOf(shopper.id)).toHaveLength(1);
    // A new checkout with the cart now empty is told so.
    expect(await submit({ ...fields, checkoutKey: 'checkout-retried-0002' })).toMatchObject({ ok: false, message: expect.stringMatching(/cart is empty/i) });
  });

  it("refuses another account's address and an anonymous visitor", async () => {
    const shopper = await createCustomer();
    const other = await createCustomer();
    const product = await createProduct();
    await addToCart(await getOrCreateUserCart(shopper.id), product.id, 1);
    signInAs(shopper);
    expect(await submit({ checkoutKey: 'checkout-foreign-addr1', addressId: other.addressId, paymentMethod: 'cod' })).toMatchObject({ ok: false });
    signInAs(null);
    expect(await submit({ checkoutKey: 'checkout-anonymous-01', addressId: shopper.addressId, paymentMethod: 'cod' })).toMatchObject({ ok: false });
    expect(await ordersOf(shopper.id)).toEqual([]);
  });
});
