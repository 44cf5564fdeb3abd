import Link from 'next/link';
import type { StockState } from '@/lib/inventory/stock-state';

/**
 * The buy control on a product page. The cart is built separately: this links to
 * /cart?add=<slug>, which the cart page turns into an add, so it works with or without
 * JavaScript until the cart's server action replaces it.
 */
export function AddToCart({ slug, brandName, stock, requiresPrescription }: { slug: string; brandName: string; stock: StockState; requiresPrescription: boolean }) {
  if (stock.status === 'out_of_stock') {
    return (
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
        Out of stock right now. See the alternatives below for the same medicine from other makers.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <Link
        href={`/cart?add=${encodeURIComponent(slug)}`}
        className="inline-block rounded-md bg-brand-700 px-6 py-3 text-center font-semibold text-white hover:bg-brand-800"
        aria-label={`Add ${brandName} to cart`}
      >
        Add to cart
      </Link>
      {requiresPrescription ? <p className="text-sm text-slate-700">You will be asked for your prescription at checkout.</p> : null}
    </div>
  );
}
