import type { Metadata } from 'next';
import Link from 'next/link';
import { PrescriptionUploader } from '@/components/prescriptions/prescription-uploader';
import { db } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { patientLabel } from '@/lib/patients/labels';
import { patientsForPicker } from '@/lib/patients/patients';

export const metadata: Metadata = { title: 'Upload a prescription', robots: { index: false } };

export default async function NewPrescriptionPage() {
  const user = await requireUser();
  const patients = await patientsForPicker(db, user.id);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/prescriptions" className="text-brand-700 underline">Your prescriptions</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Upload a prescription</h1>
      <p className="mt-2 text-slate-700">
        A licensed pharmacist checks every prescription before prescription-only medicines are packed. Only you and our pharmacists can see the file.
      </p>
      <div className="mt-6">
        <PrescriptionUploader patients={patients.map((p) => ({ id: p.id, label: patientLabel(p) }))} />
        <p className="mt-2 text-xs text-slate-600">
          Buying for someone else? <Link href="/account/patients" className="text-brand-700 underline">Add them to your patients</Link> first.
        </p>
      </div>
    </div>
  );
}
