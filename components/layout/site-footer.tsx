import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { getShopSettings } from '@/lib/settings/read';
import { PharmacyLicenceDetails } from './pharmacy-licence-details';

const HELP_LINKS = [
  { href: '/delivery', label: 'delivery' },
  { href: '/returns', label: 'returns' },
  { href: '/privacy', label: 'privacy' },
  { href: '/contact', label: 'contact' },
] as const;

/** The licence details stay in view on every page: Nepal's regulator wants an online pharmacy's registration evident. */
export async function SiteFooter() {
  const [settings, t] = await Promise.all([getShopSettings(), getTranslations('common.footer')]);
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          {settings ? (
            <PharmacyLicenceDetails settings={settings} />
          ) : (
            <p className="font-semibold text-slate-900">{t('pharmacy')}</p>
          )}
          <p className="mt-2">{t('prescriptionRule')}</p>
        </div>
        <nav aria-label={t('shop')}>
          <ul className="space-y-1">
            <li><Link href="/products" className="hover:text-brand-700">{t('allMedicines')}</Link></li>
            <li><Link href="/prescriptions" className="hover:text-brand-700">{t('prescriptions')}</Link></li>
            <li><Link href="/orders" className="hover:text-brand-700">{t('orders')}</Link></li>
          </ul>
        </nav>
        <nav aria-label={t('help')}>
          <ul className="space-y-1">
            {HELP_LINKS.map((link) => (
              <li key={link.href}><Link href={link.href} className="hover:text-brand-700">{t(link.label)}</Link></li>
            ))}
          </ul>
          <p className="mt-3">{t('payment')}</p>
        </nav>
      </div>
    </footer>
  );
}
