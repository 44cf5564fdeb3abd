import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">MediNest Pharmacy</p>
          <p>Licensed pharmacy, Kathmandu, Nepal</p>
          <p>Prescription medicines are dispensed only after a pharmacist checks your prescription.</p>
        </div>
        <nav aria-label="Shop">
          <ul className="space-y-1">
            <li><Link href="/products" className="hover:text-brand-700">All medicines</Link></li>
            <li><Link href="/prescriptions" className="hover:text-brand-700">Prescriptions</Link></li>
            <li><Link href="/orders" className="hover:text-brand-700">My orders</Link></li>
          </ul>
        </nav>
        <div>
          <p>Pay with eSewa, Khalti or cash on delivery.</p>
          <p>In an emergency call 102 for an ambulance.</p>
        </div>
      </div>
    </footer>
  );
}
