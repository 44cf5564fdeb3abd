import { getTranslations } from 'next-intl/server';
import { ReviewQueueBadge } from '@/components/admin/review-queue-badge';
import { ClientMessages, SHOP_MESSAGES } from '@/components/layout/client-messages';
import { Link } from '@/lib/i18n/navigation';
import type { Messages } from '@/lib/i18n/messages';
import { ADMIN_SECTIONS } from '@/lib/permissions/admin-areas';
import { requirePermission } from '@/lib/permissions/guard';
import { can } from '@/lib/permissions/matrix';

// Live counts shown beside a section's link.
const BADGES: Partial<Record<string, React.ReactNode>> = { '/admin/prescriptions': <ReviewQueueBadge /> };

type SectionKey = keyof Messages['admin']['nav']['sections'];

// Comfort only: every admin page and action asks lib/permissions itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission('dashboard.view');
  const t = await getTranslations('admin.nav');
  return (
    <ClientMessages paths={[...SHOP_MESSAGES, 'admin', 'manage']}>
    <div className="space-y-6">
      <nav aria-label={t('label')} className="no-print flex flex-wrap items-center gap-4 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white">
        <Link href="/admin" className="font-semibold">
          {t('home')}
        </Link>
        {ADMIN_SECTIONS.filter((s) => can(user.role, s.permission)).map((s) => (
          <Link key={s.href} href={s.href} className="hover:underline">
            {t(`sections.${s.href.replace('/admin/', '') as SectionKey}`)}
            {BADGES[s.href]}
          </Link>
        ))}
        <span className="ml-auto text-slate-300">
          {t('userRole', { name: user.name, role: t(`roles.${user.role}`) })}
        </span>
      </nav>
      {children}
    </div>
    </ClientMessages>
  );
}
