import { describe, expect, it, vi } from 'vitest';
import { signedIn, signInAs } from '@/test-support/admin-session';
import { createProduct } from '@/test-support/factories/products';
import { createCustomer } from '@/test-support/factories/users';
import { addToCart, getOrCreateUserCart, setCartQuantity } from '@/lib/cart/cart-store';
import { GET } from './route';

// The session cookie is the one thing a test cannot make; a visitor without one has no guest cart cookie either.
vi.mock('@/lib/auth/session', () => ({ getSessionClaims: async () => signedIn.claims }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, getAll: () => [] }) }));

const count = async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toContain('no-store');
  return ((await response.json()) as { count: number }).count;
};

describe('GET /cart/count', () => {
  it('is 0 for a visitor without a cart', async () => {
    signInAs(null);
    expect(await count()).toBe(0);
  });

  it("counts the units in the signed-in shopper's own cart only", async () => {
    const shopper = await createCustomer();
    const other = await createCustomer();
    const [first, second] = [await createProduct(), await createProduct()];
    const cartId = await getOrCreateUserCart(shopper.id);
    await addToCart(cartId, first.id, 2);
    await addToCart(cartId, second.id, 1);

    signInAs(shopper);
    expect(await count()).toBe(3);
    await setCartQuantity(cartId, first.id, 4);
    expect(await count()).toBe(5);
    signInAs(other);
    expect(await count()).toBe(0);
  });
});
