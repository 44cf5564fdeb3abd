import Link from 'next/link';
import { ReviewQueueBadge } from '@/components/admin/review-queue-badge';
import { ADMIN_SECTIONS } from '@/lib/permissions/admin-areas';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';

// Live counts shown beside a section's link.
const BADGES: Partial<Record<string, React.ReactNode>> = { '/admin/prescriptions': <ReviewQueueBadge /> };

// Comfort only: every admin page and action asks lib/permissions itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission('dashboard.view');
  return (
    <div className="space-y-6">
      <nav aria-label="Back office" className="no-print flex flex-wrap items-center gap-4 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white">
        <Link href="/admin" className="font-semibold">
          Back office
        </Link>
        {ADMIN_SECTIONS.filter((s) => can(user.role, s.permission)).map((s) => (
          <Link key={s.href} href={s.href} className="hover:underline">
            {s.label}
            {BADGES[s.href]}
          </Link>
        ))}
        <span className="ml-auto text-slate-300">
          {user.name} · {user.role}
        </span>
      </nav>
      {children}
    </div>
  );
}
