'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { CART_CHANGED_EVENT } from './cart-events';

/**
 * The header's cart link with the item count. The count is fetched by the browser so the shared
 * layout stays cacheable; it refreshes on navigation and whenever the cart changes in this tab.
 */
export function CartLink() {
  const pathname = usePathname();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch('/cart/count', { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { count?: number } | null) => {
          if (!cancelled && typeof body?.count === 'number') setCount(body.count);
        })
        .catch(() => {});
    void load();
    window.addEventListener(CART_CHANGED_EVENT, load);
    return () => {
      cancelled = true;
      window.removeEventListener(CART_CHANGED_EVENT, load);
    };
  }, [pathname]);

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
