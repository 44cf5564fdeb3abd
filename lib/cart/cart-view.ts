import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cartItems, products } from '@/db/schema';
import { env } from '@/lib/env';
import { availableQuantities } from '@/lib/inventory/availability';
import { computeTotals, type Totals } from '@/lib/orders/totals';

export type CartLineProblem = 'unavailable' | 'out_of_stock' | 'insufficient_stock' | 'over_limit';

export type CartLine = {
  productId: number;
  slug: string;
  name: string;
  genericName: string;
  strength: string;
  packSize: string;
  imageUrl: string | null;
  unitPricePaisa: number;
  quantity: number;
  lineTotalPaisa: number;
  requiresPrescription: boolean;
  /** The most this shopper may put in the cart right now: min(available, maximum per order). */
  maxQuantity: number;
  available: number;
  problem: CartLineProblem | null;
};

export type CartView = {
  lines: CartLine[];
  itemCount: number;
  totals: Totals;
  hasPrescriptionLines: boolean;
  /** False while any line has a problem: checkout must not start. */
  readyForCheckout: boolean;
};

export const EMPTY_CART: CartView = {
  lines: [],
  itemCount: 0,
  totals: { subtotalPaisa: 0, deliveryFeePaisa: 0, totalPaisa: 0, freeDeliveryShortfallPaisa: 0 },
  hasPrescriptionLines: false,
  readyForCheckout: false,
};

export function deliveryPricing() {
  return { deliveryFeePaisa: env.DELIVERY_FEE_PAISA, freeDeliveryFromPaisa: env.FREE_DELIVERY_FROM_PAISA };
}

/** The cart as the shopper sees it, priced from the database on every read. */
export async function getCartView(cartId: string | null): Promise<CartView> {
  if (!cartId) return EMPTY_CART;
  const rows = await db
    .select({
      productId: products.id,
      slug: products.slug,
      name: products.brandName,
      genericName: products.genericName,
      strength: products.strength,
      packSize: products.packSize,
      imageUrl: products.imageUrl,
      unitPricePaisa: products.pricePaisa,
      active: products.active,
      maxPerOrder: products.maxPerOrder,
      requiresPrescription: products.requiresPrescription,
      quantity: cartItems.quantity,
    })
    .from(cartItems)
    .innerJoin(products, eq(products.id, cartItems.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(products.id));
  if (rows.length === 0) return EMPTY_CART;

  const available = await availableQuantities(db, rows.map((r) => r.productId));
  const lines: CartLine[] = rows.map(({ active, maxPerOrder, ...row }) => {
    const stock = available.get(row.productId) ?? 0;
    const problem: CartLineProblem | null = !active
      ? 'unavailable'
      : stock === 0
        ? 'out_of_stock'
        : row.quantity > stock
          ? 'insufficient_stock'
          : row.quantity > maxPerOrder
            ? 'over_limit'
            : null;
    return { ...row, lineTotalPaisa: row.unitPricePaisa * row.quantity, maxQuantity: Math.min(stock, maxPerOrder), available: stock, problem };
  });
  const payable = lines.filter((l) => l.problem !== 'unavailable');
  return {
    lines,
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    totals: computeTotals(payable, deliveryPricing()),
    hasPrescriptionLines: lines.some((l) => l.requiresPrescription),
    readyForCheckout: lines.every((l) => l.problem === null),
  };
}
