import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PatientForm } from '@/components/account/patient-form';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import { getPatient } from '@/lib/patients/patients';
import { uuid } from '@/lib/validation/fields';
import { updatePatientAction } from '../actions';
import { patientOptions } from '../options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.patients');
  return { title: t('editTitle') };
}

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = uuid.safeParse((await params).id);
  // Scoped by owner: another account's patient is simply not found.
  const patient = id.success ? await getPatient(db, user.id, id.data) : null;
  if (!patient) notFound();
  const t = await getTranslations('account.patients');
  const { relationships, sexes } = await patientOptions();
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm">
        <Link href="/account/patients" className="text-brand-700 underline">{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{patient.relationship === 'self' ? t('yourDetails') : t('editName', { name: patient.name })}</h1>
      <div className="mt-6">
        <PatientForm action={updatePatientAction} patient={patient} relationships={relationships} sexes={sexes} />
      </div>
    </section>
  );
}
