import Link from 'next/link';
import { HeaderSearch } from './header-search';

export function SiteHeader() {
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
          <Link href="/cart" className="text-slate-700 hover:text-brand-700">
            Cart
          </Link>
          <Link href="/account" className="text-slate-700 hover:text-brand-700">
            Account
          </Link>
        </nav>
      </div>
    </header>
  );
}
