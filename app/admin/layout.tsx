import Link from 'next/link';
import { ReviewQueueBadge } from '@/components/admin/review-queue-badge';
import { ADMIN_SECTIONS, can } from '@/lib/admin/permissions';
import { requireRole } from '@/lib/auth/current-user';

// Comfort only: every admin page and action calls requireRole / staffAction itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('pharmacist');
  return (
    <div className="space-y-6">
      <nav aria-label="Back office" className="no-print flex flex-wrap items-center gap-4 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white">
        <Link href="/admin" className="font-semibold">
          Back office
        </Link>
        <Link href="/admin/prescriptions" className="hover:underline">
          Prescriptions
          <ReviewQueueBadge />
        </Link>
        {ADMIN_SECTIONS.filter((s) => can(user.role, s.permission)).map((s) => (
          <Link key={s.href} href={s.href} className="hover:underline">
            {s.label}
          </Link>
        ))}
        {user.role === 'admin' ? (
          <Link href="/admin/outbox" className="hover:underline">
            Email outbox
          </Link>
        ) : null}
        <span className="ml-auto text-slate-300">
          {user.name} · {user.role}
        </span>
      </nav>
      {children}
    </div>
  );
}
