import { CartSummary } from '@/components/cart/cart-summary';
import type { CartView } from '@/lib/cart/cart-view';
import { formatPaisa } from '@/lib/money';

/** The lines and totals exactly as placeOrder will price them (both read the database). */
export function OrderReview({ cart, freeDeliveryFromPaisa }: { cart: CartView; freeDeliveryFromPaisa: number }) {
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 text-sm">
        {cart.lines.map((l) => (
          <li key={l.productId} className="flex justify-between gap-4 py-2">
            <span>
              {l.quantity} × {l.name} <span className="text-slate-500">({l.strength})</span>
              {l.requiresPrescription ? <span className="ml-2 rounded bg-rose-50 px-1.5 text-xs text-rose-900">Rx</span> : null}
            </span>
            <span className="shrink-0 whitespace-nowrap">{formatPaisa(l.lineTotalPaisa)}</span>
          </li>
        ))}
      </ul>
      <CartSummary totals={cart.totals} freeDeliveryFromPaisa={freeDeliveryFromPaisa} />
    </div>
  );
}
