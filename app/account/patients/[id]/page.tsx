import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PatientForm } from '@/components/account/patient-form';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { getPatient } from '@/lib/patients/patients';
import { uuid } from '@/lib/validation/fields';
import { updatePatientAction } from '../actions';
import { RELATIONSHIP_OPTIONS, SEX_OPTIONS } from '../options';

export const metadata: Metadata = { title: 'Edit patient' };

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = uuid.safeParse((await params).id);
  // Scoped by owner: another account's patient is simply not found.
  const patient = id.success ? await getPatient(db, user.id, id.data) : null;
  if (!patient) notFound();
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm">
        <Link href="/account/patients" className="text-brand-700 underline">Patients</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{patient.relationship === 'self' ? 'Your details' : `Edit ${patient.name}`}</h1>
      <div className="mt-6">
        <PatientForm action={updatePatientAction} patient={patient} relationships={RELATIONSHIP_OPTIONS} sexes={SEX_OPTIONS} />
      </div>
    </section>
  );
}
