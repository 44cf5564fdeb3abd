import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { HeaderSearch } from './header-search';
import { LanguageSwitch } from './language-switch';
import { VisitorNav } from './visitor-nav';

/**
 * The same for every visitor, so it can be part of a cached page; who is signed in and the cart
 * count come from the VisitorNav island. The route layout hands in the sign-out action.
 */
export function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const t = useTranslations('common.header');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700" aria-label={t('home')}>
          Medi<span className="text-slate-900">Nest</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:flex-1">
          <HeaderSearch />
        </div>
        <VisitorNav signOutAction={signOutAction} />
        <div className="text-sm font-medium">
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
