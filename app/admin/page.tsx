import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Back office' };

export default async function AdminDashboardPage() {
  const user = await requireRole('pharmacist');
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">Namaste, {user.name}</h1>
      <p className="mt-2 text-slate-700">The back office. More tools arrive here as they are built.</p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <Link href="/admin/prescriptions" className="text-brand-700 underline">
            Review prescriptions
          </Link>
        </li>
        {user.role === 'admin' ? (
          <li>
            <Link href="/admin/outbox" className="text-brand-700 underline">
              Email outbox
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
