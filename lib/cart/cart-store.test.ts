import { eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cartItems } from '@/db/schema';
import { OutOfStockError, ProductUnavailableError, QuantityLimitError } from '@/lib/orders/errors';
import { createCustomer } from '@/test-support/factories/users';
import { createBatch, createProduct } from '@/test-support/factories/products';
import { addToCart, cartItemCount, createGuestCart, getOrCreateUserCart, removeFromCart, setCartQuantity } from './cart-store';
import { getCartView } from './cart-view';

const lines = async (cartId: string) => db.select({ productId: cartItems.productId, quantity: cartItems.quantity }).from(cartItems).where(eq(cartItems.cartId, cartId));

describe('cart', () => {
  it('adds, changes and removes lines, with totals priced from the database', async () => {
    const cartId = await createGuestCart();
    const a = await createProduct({ pricePaisa: 12_345 });
    const rx = await createProduct({ pricePaisa: 50_000, requiresPrescription: true });
    await addToCart(cartId, a.id, 2);
    await addToCart(cartId, a.id, 1);
    await addToCart(cartId, rx.id, 1);
    expect(await cartItemCount(cartId)).toBe(4);
    await setCartQuantity(cartId, rx.id, 2);

    const view = await getCartView(cartId);
    expect(view.lines.map((l) => [l.productId, l.quantity, l.lineTotalPaisa, l.requiresPrescription])).toEqual([
      [a.id, 3, 37_035, false],
      [rx.id, 2, 100_000, true],
    ]);
    expect(view.totals).toMatchObject({ subtotalPaisa: 137_035, deliveryFeePaisa: 10_000, totalPaisa: 147_035 });
    expect(view.hasPrescriptionLines).toBe(true);
    expect(view.readyForCheckout).toBe(true);

    await removeFromCart(cartId, rx.id);
    expect(await lines(cartId)).toEqual([{ productId: a.id, quantity: 3 }]);
  });

  it('keeps one cart per user', async () => {
    const user = await createCustomer();
    const ids = await Promise.all(Array.from({ length: 5 }, () => getOrCreateUserCart(user.id)));
    expect(new Set(ids).size).toBe(1);
  });

  describe('refuses bad quantities and changes nothing', () => {
    it.each([0, -1, 1.5, 1e9, 'two', Number.NaN])('quantity %s', async (quantity) => {
      const cartId = await createGuestCart();
      const p = await createProduct();
      await addToCart(cartId, p.id, 1);
      await expect(addToCart(cartId, p.id, quantity as number)).rejects.toThrow(ZodError);
      await expect(setCartQuantity(cartId, p.id, quantity as number)).rejects.toThrow(ZodError);
      expect(await lines(cartId)).toEqual([{ productId: p.id, quantity: 1 }]);
    });

    it('more than the per-order maximum, or than is in stock', async () => {
      const cartId = await createGuestCart();
      const limited = await createProduct({ maxPerOrder: 3 });
      const scarce = await createProduct({ batches: [{ quantity: 2, expiryDate: '2099-01-01' }, { quantity: 50, expiryDate: '2000-01-01' }] });
      await addToCart(cartId, limited.id, 3);
      await expect(addToCart(cartId, limited.id, 1)).rejects.toThrow(QuantityLimitError);
      await expect(addToCart(cartId, scarce.id, 3)).rejects.toThrow(OutOfStockError);
      await expect(addToCart(cartId, scarce.id, 3)).rejects.toThrow(`Only 2 of ${scarce.brandName} are left`);
      expect(await lines(cartId)).toEqual([{ productId: limited.id, quantity: 3 }]);
    });

    it('an inactive or unknown product', async () => {
      const cartId = await createGuestCart();
      const inactive = await createProduct({ active: false });
      await expect(addToCart(cartId, inactive.id, 1)).rejects.toThrow(ProductUnavailableError);
      await expect(addToCart(cartId, 2_000_000_000, 1)).rejects.toThrow(ProductUnavailableError);
      expect(await lines(cartId)).toEqual([]);
    });
  });

  it('flags lines that can no longer be bought and blocks checkout', async () => {
    const cartId = await createGuestCart();
    const p = await createProduct({ batches: [{ quantity: 5, expiryDate: '2099-01-01' }] });
    await addToCart(cartId, p.id, 4);
    await db.update(cartItems).set({ quantity: 7 }).where(eq(cartItems.cartId, cartId));
    const view = await getCartView(cartId);
    expect(view.lines[0]).toMatchObject({ problem: 'insufficient_stock', available: 5, maxQuantity: 5 });
    expect(view.readyForCheckout).toBe(false);
    await createBatch(p.id, { quantity: 5, expiryDate: '2099-06-01' });
    expect((await getCartView(cartId)).readyForCheckout).toBe(true);
  });
});
