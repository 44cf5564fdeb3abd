import type { Metadata } from 'next';
import Link from 'next/link';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formatDateTime, formatDay } from '@/lib/nepal-time';
import { listMyPrescriptions } from '@/lib/prescriptions/shopper-queries';

export const metadata: Metadata = { title: 'Your prescriptions', robots: { index: false } };

export default async function PrescriptionsPage() {
  const user = await requireUser();
  const prescriptions = await listMyPrescriptions(user.id);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your prescriptions</h1>
        <Link href="/prescriptions/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Upload a prescription
        </Link>
      </div>
      {prescriptions.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-slate-700">
          You have not uploaded a prescription yet. Prescription-only medicines need one before we can send them.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {prescriptions.map((p) => (
            <li key={p.id}>
              <Link href={`/prescriptions/${p.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
                <span>
                  <span className="font-medium">Uploaded {formatDateTime(p.uploadedAt)}</span>
                  {p.patientName ? <span className="block text-sm text-slate-600">For {p.patientName}</span> : null}
                  {p.validUntil && p.status === 'approved' ? <span className="block text-sm text-slate-600">Valid until {formatDay(p.validUntil)}</span> : null}
                  {p.reading ? <span className="block text-sm text-slate-600">Reading your prescription…</span> : null}
                </span>
                <PrescriptionStatusBadge status={p.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
