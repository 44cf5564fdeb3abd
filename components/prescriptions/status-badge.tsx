import { useTranslations } from 'next-intl';
import type { ShownStatus } from '@/lib/prescriptions/status';

const STYLES: Record<ShownStatus, string> = {
  pending: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  rejected: 'bg-rose-100 text-rose-900',
  expired: 'bg-slate-200 text-slate-800',
};

export function PrescriptionStatusBadge({ status }: { status: ShownStatus }) {
  const t = useTranslations('orders.prescriptions.status');
  return <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{t(status)}</span>;
}
