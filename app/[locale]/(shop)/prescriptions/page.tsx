import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrescriptionStatusBadge } from '@/components/prescriptions/status-badge';
import { requireUser } from '@/lib/auth/current-user';
import { formattersFor } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { listMyPrescriptions } from '@/lib/prescriptions/shopper-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orders.prescriptions.list'))('title'), robots: { index: false } };
}

export default async function PrescriptionsPage() {
  const user = await requireUser();
  const [prescriptions, t, detail, locale] = await Promise.all([
    listMyPrescriptions(user.id),
    getTranslations('orders.prescriptions.list'),
    getTranslations('orders.prescriptions.detail'),
    getLocale(),
  ]);
  const f = formattersFor(locale);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/prescriptions/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t('upload')}
        </Link>
      </div>
      {prescriptions.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {prescriptions.map((p) => (
            <li key={p.id}>
              <Link href={`/prescriptions/${p.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
                <span>
                  <span className="font-medium">{detail('uploadedAt', { date: f.dateTime(p.uploadedAt) })}</span>
                  {p.patientName ? <span className="block text-sm text-slate-600">{t('forPatient', { patient: p.patientName })}</span> : null}
                  {p.validUntil && p.status === 'approved' ? <span className="block text-sm text-slate-600">{t('validUntil', { date: f.day(p.validUntil) })}</span> : null}
                  {p.reading ? <span className="block text-sm text-slate-600">{detail('reading')}</span> : null}
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
