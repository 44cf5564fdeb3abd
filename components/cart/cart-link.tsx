'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { useCartCount } from './cart-count-query';

/** The header's cart link with the item count, kept live by the cart-count query. */
export function CartLink({ seeded }: { seeded: boolean }) {
  const count = useCartCount(seeded);
  const t = useTranslations('orders.cartLink');
  const f = formattersFor(useLocale());

  return (
    <Link href="/cart" className="relative inline-flex items-center gap-1 text-slate-700 hover:text-brand-700" data-testid="cart-link">
      {t('cart')}
      {/* The badge's room is kept while the count loads, so the header does not shift. */}
      <span className={`min-w-5 rounded-full px-1.5 text-center text-xs font-semibold ${count ? 'bg-brand-700 text-white' : 'invisible'}`} data-testid={count ? 'cart-count' : undefined} aria-hidden="true">
        {f.count(count || 0)}
      </span>
      {count ? (
        <span className="sr-only">
          {t('items', { count, n: f.count(count) })}
        </span>
      ) : null}
    </Link>
  );
}
