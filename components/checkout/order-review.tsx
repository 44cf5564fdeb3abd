import { useLocale } from 'next-intl';
import { CartSummary } from '@/components/cart/cart-summary';
import { RxMark } from '@/components/catalog/prescription-badge';
import type { CartView } from '@/lib/cart/cart-view';
import { formattersFor } from '@/lib/i18n/format';

/** The lines and totals exactly as placeOrder will price them (both read the database). */
export function OrderReview({ cart, freeDeliveryFromPaisa }: { cart: CartView; freeDeliveryFromPaisa: number }) {
  const f = formattersFor(useLocale());
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-200 text-sm">
        {cart.lines.map((l) => (
          <li key={l.productId} className="flex justify-between gap-4 py-2">
            <span>
              {f.count(l.quantity)} × {l.name} <span className="text-slate-500">({l.strength})</span>
              {l.requiresPrescription ? <RxMark /> : null}
            </span>
            <span className="shrink-0 whitespace-nowrap">{f.paisa(l.lineTotalPaisa)}</span>
          </li>
        ))}
      </ul>
      <CartSummary totals={cart.totals} freeDeliveryFromPaisa={freeDeliveryFromPaisa} />
    </div>
  );
}
