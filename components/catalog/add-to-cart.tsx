import { AddToCartForm } from '@/components/cart/add-to-cart-form';
import type { CartAction } from '@/components/cart/cart-line-controls';
import type { StockState } from '@/lib/inventory/stock-state';

/** The buy control on a product page; the form posts to the cart's addToCartAction, which the route hands in. */
export function AddToCart({
  slug,
  brandName,
  stock,
  requiresPrescription,
  addToCartAction,
}: {
  slug: string;
  brandName: string;
  stock: StockState;
  requiresPrescription: boolean;
  addToCartAction: CartAction;
}) {
  if (stock.status === 'out_of_stock') {
    return (
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
        Out of stock right now. See the alternatives below for the same medicine from other makers.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <AddToCartForm slug={slug} brandName={brandName} maxQuantity={stock.available} addToCartAction={addToCartAction} />
      {requiresPrescription ? <p className="text-sm text-slate-700">You will be asked for your prescription at checkout.</p> : null}
    </div>
  );
}
