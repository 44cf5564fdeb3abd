import type { Metadata } from 'next';
import Link from 'next/link';
import { RemovePatientButton } from '@/components/account/patient-buttons';
import { PatientForm } from '@/components/account/patient-form';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { MAX_PATIENTS, patientsForPicker } from '@/lib/patients/patients';
import { RELATIONSHIP_LABELS, SEX_LABELS } from '@/lib/patients/validation';
import { createPatientAction, removePatientAction } from './actions';
import { RELATIONSHIP_OPTIONS, SEX_OPTIONS } from './options';

export const metadata: Metadata = { title: 'Patients' };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [all, params] = await Promise.all([patientsForPicker(db, user.id), searchParams]);
  const family = all.filter((p) => p.relationship !== 'self');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Patients</h1>
        <p className="mt-1 text-sm text-slate-600">
          The people you buy medicines for. Our pharmacist reads their age, allergies and long-term conditions before approving a prescription.
        </p>
      </div>
      {params.saved === '1' ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          Patient saved.
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {all.map((p) => (
          <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="patient">
            <p className="font-semibold">
              {p.name} <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">{RELATIONSHIP_LABELS[p.relationship]}</span>
            </p>
            <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-600">Age</dt>
              <dd>{p.age ?? <span className="text-amber-800">Not given yet</span>}</dd>
              <dt className="text-slate-600">Sex</dt>
              <dd>{p.sex ? SEX_LABELS[p.sex] : <span className="text-amber-800">Not given yet</span>}</dd>
              <dt className="text-slate-600">Allergies</dt>
              <dd className="break-words">{p.allergies || 'None known'}</dd>
              <dt className="text-slate-600">Conditions</dt>
              <dd className="break-words">{p.conditions || 'None recorded'}</dd>
            </dl>
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link href={`/account/patients/${p.id}`} className="text-brand-700 underline">
                {p.age && p.sex ? 'Edit' : 'Add details'}
              </Link>
              {p.relationship !== 'self' ? <RemovePatientButton action={removePatientAction} id={p.id} name={p.name} /> : null}
            </div>
          </li>
        ))}
      </ul>
      {family.length === 0 ? (
        <p className="text-slate-600" data-testid="patients-empty">
          No family members yet. Add a parent, child or anyone else you order medicines for.
        </p>
      ) : null}
      {all.length < MAX_PATIENTS ? (
        <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">Add a patient</h2>
          <div className="mt-4">
            <PatientForm action={createPatientAction} relationships={RELATIONSHIP_OPTIONS} sexes={SEX_OPTIONS} />
          </div>
        </section>
      ) : (
        <p className="text-sm text-slate-600">You have {MAX_PATIENTS} patients, the most an account can keep. Remove one to add another.</p>
      )}
    </div>
  );
}
