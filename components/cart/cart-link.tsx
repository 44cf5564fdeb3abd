'use client';

import Link from 'next/link';
import { useCartCount } from './cart-count-query';

/** The header's cart link with the item count, kept live by the cart-count query. */
export function CartLink({ seeded }: { seeded: boolean }) {
  const count = useCartCount(seeded);

  return (
    <Link href="/cart" className="relative inline-flex items-center gap-1 text-slate-700 hover:text-brand-700" data-testid="cart-link">
      Cart
      {/* The badge's room is kept while the count loads, so the header does not shift. */}
      <span className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${count ? 'bg-brand-700 text-white' : 'invisible'}`} data-testid={count ? 'cart-count' : undefined} aria-hidden="true">
        {count || 0}
      </span>
      {count ? (
        <span className="sr-only">
          , {count} {count === 1 ? 'item' : 'items'}
        </span>
      ) : null}
    </Link>
  );
}
