import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrescriptionUploader } from '@/components/prescriptions/prescription-uploader';
import { PRESCRIPTION_UPLOAD_MESSAGES, ClientMessages } from '@/components/layout/client-messages';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import { patientLabel } from '@/lib/patients/labels';
import { patientsForPicker } from '@/lib/patients/patients';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orders.prescriptions.new'))('title'), robots: { index: false } };
}

export default async function NewPrescriptionPage() {
  const user = await requireUser();
  const [patients, t, list, locale] = await Promise.all([patientsForPicker(db, user.id), getTranslations('orders.prescriptions.new'), getTranslations('orders.prescriptions.list'), getLocale()]);
  return (
    <ClientMessages paths={PRESCRIPTION_UPLOAD_MESSAGES}>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm">
          <Link href="/prescriptions" className="text-brand-700 underline">{list('title')}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">
          {t('intro')}
        </p>
        <div className="mt-6">
          <PrescriptionUploader patients={patients.map((p) => ({ id: p.id, label: patientLabel(p, locale) }))} />
          <p className="mt-2 text-xs text-slate-600">
            {t.rich('someoneElse', {
              link: (chunks) => (
                <Link href="/account/patients" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
    </ClientMessages>
  );
}
