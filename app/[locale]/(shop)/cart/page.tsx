import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CartCountSync } from '@/components/cart/cart-count-sync';
import { CartLineItem } from '@/components/cart/cart-line-item';
import { CartSummary } from '@/components/cart/cart-summary';
import { CART_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { getCurrentUser } from '@/lib/auth/current-user';
import { cartItemCount } from '@/lib/cart/cart-store';
import { deliveryPricing, getCartView } from '@/lib/cart/cart-view';
import { readCurrentCartId } from '@/lib/cart/current-cart';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { removeFromCartAction, updateCartQuantityAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orders.cart');
  return { title: t('title'), robots: { index: false } };
}

export default async function CartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const cartId = await readCurrentCartId();
  const [cart, count, user, params, t, locale] = await Promise.all([getCartView(cartId), cartItemCount(cartId), getCurrentUser(), searchParams, getTranslations('orders.cart'), getLocale()]);
  // Set by "order again" when some medicines of the old order cannot be bought today.
  const skipped = typeof params.skipped === 'string' ? params.skipped.slice(0, 300) : null;
  // After signing in, back to checkout in the language the shopper was reading.
  const checkoutHref = user ? '/checkout' : `/login?next=${encodeURIComponent(getPathname({ href: '/checkout', locale }))}`;

  if (cart.lines.length === 0) {
    return (
      <section className="rounded-lg bg-white p-6">
        <CartCountSync count={count} />
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-600">{t('empty')}</p>
        <Link href="/products" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t('browse')}
        </Link>
      </section>
    );
  }

  return (
    <ClientMessages paths={CART_MESSAGES}>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="rounded-lg bg-white p-6" aria-labelledby="cart-heading">
          <CartCountSync count={count} />
          <h1 id="cart-heading" className="text-2xl font-bold">
            {t('title')}
          </h1>
          {skipped ? (
            <p role="status" className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {t('skipped', { names: skipped })}
            </p>
          ) : null}
          <ul className="mt-4">
            {cart.lines.map((line) => (
              <CartLineItem key={line.productId} line={line} actions={{ updateQuantity: updateCartQuantityAction, remove: removeFromCartAction }} />
            ))}
          </ul>
        </section>
        <aside className="h-fit space-y-4 rounded-lg bg-white p-6" aria-label={t('summaryLabel')}>
          <h2 className="text-lg font-semibold">{t('summary')}</h2>
          <CartSummary totals={cart.totals} freeDeliveryFromPaisa={deliveryPricing().freeDeliveryFromPaisa} />
          {cart.hasPrescriptionLines ? <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">{t('needsPrescription')}</p> : null}
          {cart.readyForCheckout ? (
            <Link href={checkoutHref} className="block rounded-md bg-brand-700 px-4 py-3 text-center font-semibold text-white hover:bg-brand-800">
              {user ? t('checkout') : t('signInToCheckOut')}
            </Link>
          ) : (
            <p role="status" className="text-sm text-red-700">
              {t('fixLines')}
            </p>
          )}
        </aside>
      </div>
    </ClientMessages>
  );
}
