import { describe, expect, it, vi } from 'vitest';
import { makeUser, signedIn, signInAs } from '@/lib/admin/test-support';
import { addToCart, getOrCreateUserCart, setCartQuantity } from '@/lib/cart/cart-store';
import { makeProduct } from '@/lib/orders/test-support';
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
    const shopper = await makeUser('customer');
    const other = await makeUser('customer');
    const [first, second] = [await makeProduct(), await makeProduct()];
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
