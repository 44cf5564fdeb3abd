import { useTranslations } from 'next-intl';
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
  const t = useTranslations('catalog.product');
  if (stock.status === 'out_of_stock') {
    return (
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
        {t('outOfStock')}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <AddToCartForm slug={slug} brandName={brandName} maxQuantity={stock.available} addToCartAction={addToCartAction} />
      {requiresPrescription ? <p className="text-sm text-slate-700">{t('prescriptionAtCheckout')}</p> : null}
    </div>
  );
}
