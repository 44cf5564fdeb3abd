'use client';

import Link from 'next/link';
import { useCartCount } from './cart-count-query';

/** The header's cart link with the item count, kept live by the cart-count query. */
export function CartLink({ serverCount }: { serverCount: number }) {
  const count = useCartCount(serverCount);

  return (
    <Link href="/cart" className="relative inline-flex items-center gap-1 text-slate-700 hover:text-brand-700" data-testid="cart-link">
      Cart
      {count ? (
        <>
          <span className="min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-xs font-semibold text-white" data-testid="cart-count" aria-hidden="true">
            {count}
          </span>
          <span className="sr-only">
            , {count} {count === 1 ? 'item' : 'items'}
          </span>
        </>
      ) : null}
    </Link>
  );
}
