import type { ShownStatus } from '@/lib/prescriptions/status';

const STYLES: Record<ShownStatus, { label: string; className: string }> = {
  pending: { label: 'Waiting for review', className: 'bg-amber-100 text-amber-900' },
  approved: { label: 'Approved', className: 'bg-emerald-100 text-emerald-900' },
  rejected: { label: 'Not accepted', className: 'bg-rose-100 text-rose-900' },
  expired: { label: 'Expired', className: 'bg-slate-200 text-slate-800' },
};

export function PrescriptionStatusBadge({ status }: { status: ShownStatus }) {
  const style = STYLES[status];
  return <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${style.className}`}>{style.label}</span>;
}
