import Link from 'next/link';
import { CartLink } from '@/components/cart/cart-link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { cartItemCount } from '@/lib/cart/cart-store';
import { readCurrentCartId } from '@/lib/cart/current-cart';
import { can } from '@/lib/permissions/matrix';
import { HeaderSearch } from './header-search';

/** The route layout hands in the sign-out action, so this component needs nothing from app/. */
export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const [user, cartCount] = await Promise.all([getCurrentUser(), readCurrentCartId().then(cartItemCount)]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700" aria-label="MediNest home">
          Medi<span className="text-slate-900">Nest</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:flex-1">
          <HeaderSearch />
        </div>
        <nav aria-label="Account" className="ml-auto flex items-center gap-4 text-sm font-medium">
          <CartLink serverCount={cartCount} />
          {user ? (
            <>
              {can(user.role, 'dashboard.view') ? (
                <Link href="/admin" className="text-slate-700 hover:text-brand-700">
                  Back office
                </Link>
              ) : null}
              <Link href="/account" className="text-slate-700 hover:text-brand-700" data-testid="account-link">
                {user.name.split(' ')[0]}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="text-slate-700 hover:text-brand-700">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/login" className="text-slate-700 hover:text-brand-700">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
