import Link from 'next/link';
import { getShopSettings } from '@/lib/settings/read';
import { PharmacyLicenceDetails } from './pharmacy-licence-details';

const HELP_LINKS = [
  { href: '/delivery', label: 'Delivery times' },
  { href: '/returns', label: 'Returns and refunds' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/contact', label: 'Contact us' },
] as const;

/** The licence details stay in view on every page: Nepal's regulator wants an online pharmacy's registration evident. */
export async function SiteFooter() {
  const settings = await getShopSettings();
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          {settings ? (
            <PharmacyLicenceDetails settings={settings} />
          ) : (
            <p className="font-semibold text-slate-900">MediNest Pharmacy</p>
          )}
          <p className="mt-2">Prescription medicines are dispensed only after a pharmacist checks your prescription.</p>
        </div>
        <nav aria-label="Shop">
          <ul className="space-y-1">
            <li><Link href="/products" className="hover:text-brand-700">All medicines</Link></li>
            <li><Link href="/prescriptions" className="hover:text-brand-700">Prescriptions</Link></li>
            <li><Link href="/orders" className="hover:text-brand-700">My orders</Link></li>
          </ul>
        </nav>
        <nav aria-label="Help">
          <ul className="space-y-1">
            {HELP_LINKS.map((link) => (
              <li key={link.href}><Link href={link.href} className="hover:text-brand-700">{link.label}</Link></li>
            ))}
          </ul>
          <p className="mt-3">Pay with eSewa, Khalti or cash on delivery. In an emergency call 102 for an ambulance.</p>
        </nav>
      </div>
    </footer>
  );
}
