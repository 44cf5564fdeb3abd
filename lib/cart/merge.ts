import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { carts } from '@/db/schema';
import { getOrCreateUserCart } from './cart-store';

/**
 * Moves a guest cart's lines into the user's cart at sign-in, adding quantities for products in
 * both (capped at each product's maximum per order), then deletes the guest cart. Safe to call
 * twice: the second call finds no guest cart.
 */
export async function mergeGuestCartIntoUser(guestCartId: string, userId: string): Promise<{ merged: number }> {
  return db.transaction(async (tx) => {
    const [guest] = await tx.select({ id: carts.id }).from(carts).where(and(eq(carts.id, guestCartId), isNull(carts.userId))).for('update');
    if (!guest) return { merged: 0 };
    const userCartId = await getOrCreateUserCart(userId, tx);
    const moved = await tx.execute(sql`
      insert into cart_items (cart_id, product_id, quantity)
      select ${userCartId}::uuid, g.product_id, least(g.quantity, p.max_per_order)
      from cart_items g join products p on p.id = g.product_id
      where g.cart_id = ${guest.id}::uuid
      on conflict (cart_id, product_id) do update
        set quantity = least(cart_items.quantity + excluded.quantity,
                             (select max_per_order from products where id = excluded.product_id))`);
    await tx.delete(carts).where(eq(carts.id, guest.id));
    await tx.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.id, userCartId));
    return { merged: moved.count };
  });
}
