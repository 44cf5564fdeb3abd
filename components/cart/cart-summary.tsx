import { formatPaisa } from '@/lib/money';
import type { Totals } from '@/lib/orders/totals';

/** Subtotal, delivery and total; shared by the cart and the checkout review. */
export function CartSummary({ totals, freeDeliveryFromPaisa }: { totals: Totals; freeDeliveryFromPaisa: number }) {
  return (
    <div>
      <dl className="space-y-2 text-sm" data-testid="order-totals">
        <div className="flex justify-between">
          <dt>Subtotal</dt>
          <dd className="whitespace-nowrap">{formatPaisa(totals.subtotalPaisa)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>Delivery</dt>
          <dd className="whitespace-nowrap">{totals.deliveryFeePaisa === 0 ? 'Free' : formatPaisa(totals.deliveryFeePaisa)}</dd>
        </div>
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>Total</dt>
          <dd data-testid="order-total" className="whitespace-nowrap">{formatPaisa(totals.totalPaisa)}</dd>
        </div>
      </dl>
      {totals.freeDeliveryShortfallPaisa > 0 ? (
        <p className="mt-2 text-xs text-slate-600">
          Add {formatPaisa(totals.freeDeliveryShortfallPaisa)} more for free delivery (orders from {formatPaisa(freeDeliveryFromPaisa)}).
        </p>
      ) : null}
    </div>
  );
}
