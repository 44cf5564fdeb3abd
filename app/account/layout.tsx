import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';

const LINKS = [
  { href: '/account', label: 'Profile' },
  { href: '/account/phone', label: 'Mobile number' },
  { href: '/account/addresses', label: 'Addresses' },
  { href: '/account/patients', label: 'Patients' },
  { href: '/account/refills', label: 'Refill reminders' },
  { href: '/account/password', label: 'Password' },
  { href: '/account/two-factor', label: 'Two-factor' },
  { href: '/account/sessions', label: 'Devices' },
];

// Comfort only: each page and action below checks the session itself.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <nav aria-label="Account sections" className="flex flex-wrap gap-x-3 gap-y-1 text-sm md:flex-col">
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 text-slate-700 hover:bg-white hover:text-brand-700">
            {link.label}
          </Link>
        ))}
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
