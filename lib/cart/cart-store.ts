import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Database, type Transaction } from '@/db/client';
import { cartItems, carts, products } from '@/db/schema';
import { NotSoldOnlineError, notSoldOnlineSql } from '@/lib/catalog/not-sold-online';
import { availableQuantities } from '@/lib/inventory/availability';
import { OutOfStockError, ProductUnavailableError, QuantityLimitError } from '@/lib/orders/errors';
import { productIdSchema, quantitySchema } from '@/lib/orders/validation';

type Executor = Database | Transaction;

export async function findUserCartId(userId: string, executor: Executor = db): Promise<string | null> {
  const [cart] = await executor.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  return cart?.id ?? null;
}

/** One cart per user (unique index); concurrent first adds both end up with the same row. */
export async function getOrCreateUserCart(userId: string, executor: Executor = db): Promise<string> {
  const [created] = await executor.insert(carts).values({ userId }).onConflictDoNothing({ target: carts.userId }).returning({ id: carts.id });
  if (created) return created.id;
  const existing = await findUserCartId(userId, executor);
  if (!existing) throw new Error('user cart vanished');
  return existing;
}

export async function createGuestCart(executor: Executor = db): Promise<string> {
  const [cart] = await executor.insert(carts).values({}).returning({ id: carts.id });
  return cart!.id;
}

export async function guestCartExists(cartId: string, executor: Executor = db): Promise<boolean> {
  const [cart] = await executor.select({ id: carts.id }).from(carts).where(and(eq(carts.id, cartId), isNull(carts.userId)));
  return Boolean(cart);
}

export async function findProductIdBySlug(slug: string): Promise<number | null> {
  const [product] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug));
  return product?.id ?? null;
}

/**
 * Sets a line to exactly `quantity` (or adds to it), refusing anything outside
 * 1..min(available, product's maximum per order). The cart row lock serialises edits of one cart.
 */
async function writeLine(cartId: string, productIdRaw: number, quantityRaw: number, mode: 'add' | 'set'): Promise<{ quantity: number }> {
  const productId = productIdSchema.parse(productIdRaw);
  const requested = quantitySchema.parse(quantityRaw);
  return db.transaction(async (tx) => {
    await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).for('update');
    const [product] = await tx
      .select({ id: products.id, name: products.brandName, active: products.active, maxPerOrder: products.maxPerOrder, inCart: cartItems.quantity, notSoldOnline: notSoldOnlineSql(sql`${products.genericName}`) })
      .from(products)
      .leftJoin(cartItems, and(eq(cartItems.cartId, cartId), eq(cartItems.productId, products.id)))
      .where(eq(products.id, productId));
    if (!product?.active) throw new ProductUnavailableError([productId], product ? [product.name] : []);
    if (product.notSoldOnline) throw new NotSoldOnlineError(product.name, product.notSoldOnline);
    const quantity = mode === 'add' ? (product.inCart ?? 0) + requested : requested;
    if (quantity > product.maxPerOrder) throw new QuantityLimitError(product.name, product.maxPerOrder);
    const available = (await availableQuantities(tx, [productId])).get(productId) ?? 0;
    if (quantity > available) throw new OutOfStockError([{ productId, productName: product.name, requested: quantity, available }]);

    await tx
      .insert(cartItems)
      .values({ cartId, productId, quantity })
      .onConflictDoUpdate({ target: [cartItems.cartId, cartItems.productId], set: { quantity } });
    await tx.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.id, cartId));
    return { quantity };
  });
}

export function addToCart(cartId: string, productId: number, quantity: number) {
  return writeLine(cartId, productId, quantity, 'add');
}

export function setCartQuantity(cartId: string, productId: number, quantity: number) {
  return writeLine(cartId, productId, quantity, 'set');
}

export async function removeFromCart(cartId: string, productIdRaw: number): Promise<void> {
  const productId = productIdSchema.parse(productIdRaw);
  await db.delete(cartItems).where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)));
}

export async function cartItemCount(cartId: string | null): Promise<number> {
  if (!cartId) return 0;
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartItems.quantity}), 0)::int` })
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId));
  return row?.count ?? 0;
}

/** What the checkout submits to placeOrder: product ids and quantities only, never prices. */
export async function cartLinesForUser(userId: string): Promise<{ productId: number; quantity: number }[]> {
  return db
    .select({ productId: cartItems.productId, quantity: cartItems.quantity })
    .from(cartItems)
    .innerJoin(carts, eq(carts.id, cartItems.cartId))
    .where(eq(carts.userId, userId));
}
