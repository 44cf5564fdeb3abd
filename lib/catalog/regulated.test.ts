import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache);

const { db } = await import('@/db/client');
const { auditLog, cartItems, regulatedMedicines } = await import('@/db/schema');
const { addToCart, createGuestCart } = await import('@/lib/cart/cart-store');
const { cardsByIds } = await import('./cards');
const { addRegulatedMedicine, listRegulatedMedicines, regulatedMedicineSchema, removeRegulatedMedicine } = await import('./regulated');
const { NotSoldOnlineError } = await import('./not-sold-online');
const { placeTestOrder } = await import('@/test-support/factories/orders');
const { createProduct } = await import('@/test-support/factories/products');
const { createCustomer, createStaff } = await import('@/test-support/factories/users');
const { nepalToday } = await import('@/lib/nepal-time/calendar');

/**
 * Medicines never sold online, on the real database: the migration's reserve antibiotics, an
 * admin's additions, and every path that could sell one (the card, add-to-cart, placeOrder itself).
 */
describe('medicines not sold online', () => {
  it('comes with Nepal\'s reserve antibiotics listed', async () => {
    const names = (await listRegulatedMedicines()).map((m) => m.genericName);
    expect(names).toEqual(expect.arrayContaining(['colistin', 'meropenem', 'polymyxin b', 'vancomycin']));
  });

  it('shows the reason on the card and refuses add-to-cart and placeOrder, matching whole words only', async () => {
    const meropenem = await createProduct({ genericName: 'Meropenem Trihydrate' });
    const lookalike = await createProduct({ genericName: 'Vancomycinx' });
    const [card, other] = await cardsByIds(db, [meropenem.id, lookalike.id], nepalToday());
    expect(card!.notSoldOnline).toMatch(/reserve antibiotic/);
    expect(other!.notSoldOnline).toBeNull();

    const cartId = await createGuestCart();
    await expect(addToCart(cartId, meropenem.id, 1)).rejects.toThrow(NotSoldOnlineError);
    await expect(addToCart(cartId, meropenem.id, 1)).rejects.toThrow(/cannot be ordered online/);
    await addToCart(cartId, lookalike.id, 1);

    // A line that reached a cart anyway (added before the listing, or written by any other path).
    await expect(placeTestOrder({ lines: [{ productId: meropenem.id, quantity: 1 }] })).rejects.toThrow(NotSoldOnlineError);
    const shopper = await createCustomer();
    await expect(placeTestOrder({ customer: shopper, lines: [{ productId: lookalike.id, quantity: 1 }, { productId: meropenem.id, quantity: 1 }] })).rejects.toThrow(/Meropenem|cannot be ordered online/);
    expect(await db.select().from(cartItems).where(eq(cartItems.productId, meropenem.id))).toHaveLength(0);
  });

  it('lets an admin list a medicine and take it off again, audited, with immediate effect', async () => {
    const admin = await createStaff('admin');
    const product = await createProduct({ genericName: 'Tigecycline' });
    const cartId = await createGuestCart();
    await addRegulatedMedicine(regulatedMedicineSchema.parse({ genericName: ' Tigecycline ', reason: 'Kept for hospital use in Nepal.' }), { id: admin.id, role: 'admin' }, null);
    await expect(addToCart(cartId, product.id, 1)).rejects.toThrow(/Kept for hospital use/);
    await expect(addRegulatedMedicine({ genericName: 'tigecycline', reason: 'Twice is refused.' }, { id: admin.id, role: 'admin' }, null)).rejects.toThrow(/already on the list/);

    const [row] = await db.select().from(regulatedMedicines).where(eq(regulatedMedicines.genericName, 'tigecycline'));
    await removeRegulatedMedicine(row!.id, { id: admin.id, role: 'admin' }, null);
    await addToCart(cartId, product.id, 1);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(row!.id)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['regulated_medicine.added', 'regulated_medicine.removed']));
  });

  it('accepts only plain generic names, so a name is always a safe word pattern', () => {
    for (const bad of ['a', 'mero.*', 'x|y', 'colistin\u0000', '(meropenem)', 'मेरोपेनेम']) expect(regulatedMedicineSchema.safeParse({ genericName: bad, reason: 'Kept for hospital use.' }).success, bad).toBe(false);
    expect(regulatedMedicineSchema.parse({ genericName: 'Polymyxin B', reason: 'Kept for hospital use.' }).genericName).toBe('polymyxin b');
  });
});
