import { getTranslations } from 'next-intl/server';
import { ClientMessages, SHOP_MESSAGES } from '@/components/layout/client-messages';
import { requireUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';

const LINKS = [
  { href: '/account', label: 'profile' },
  { href: '/account/phone', label: 'phone' },
  { href: '/account/addresses', label: 'addresses' },
  { href: '/account/patients', label: 'patients' },
  { href: '/account/refills', label: 'refills' },
  { href: '/account/password', label: 'password' },
  { href: '/account/two-factor', label: 'twoFactor' },
  { href: '/account/sessions', label: 'sessions' },
] as const;

// Comfort only: each page and action below checks the session itself.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  const t = await getTranslations('account.nav');
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <nav aria-label={t('label')} className="flex flex-wrap gap-x-3 gap-y-1 text-sm md:flex-col">
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 text-slate-700 hover:bg-white hover:text-brand-700">
            {t(link.label)}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">
        <ClientMessages paths={[...SHOP_MESSAGES, 'account']}>{children}</ClientMessages>
      </div>
    </div>
  );
}
