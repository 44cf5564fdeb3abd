/**
 * Order totals in integer paisa. Pure, so the cart page and placeOrder compute the same numbers
 * and tests can check the free-delivery edge without a database.
 */
export type DeliveryPricing = { deliveryFeePaisa: number; freeDeliveryFromPaisa: number };
export type Totals = { subtotalPaisa: number; deliveryFeePaisa: number; totalPaisa: number; freeDeliveryShortfallPaisa: number };

export function computeTotals(lines: readonly { unitPricePaisa: number; quantity: number }[], pricing: DeliveryPricing): Totals {
  const subtotalPaisa = lines.reduce((sum, line) => sum + line.unitPricePaisa * line.quantity, 0);
  if (!Number.isSafeInteger(subtotalPaisa)) throw new RangeError('subtotal out of range');
  // Nothing to deliver, nothing to charge; at or above the threshold delivery is free.
  const free = subtotalPaisa === 0 || subtotalPaisa >= pricing.freeDeliveryFromPaisa;
  const deliveryFeePaisa = free ? 0 : pricing.deliveryFeePaisa;
  return {
    subtotalPaisa,
    deliveryFeePaisa,
    totalPaisa: subtotalPaisa + deliveryFeePaisa,
    freeDeliveryShortfallPaisa: free ? 0 : pricing.freeDeliveryFromPaisa - subtotalPaisa,
  };
}
