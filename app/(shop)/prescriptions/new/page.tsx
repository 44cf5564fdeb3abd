import type { Metadata } from 'next';
import Link from 'next/link';
import { PrescriptionUploader } from '@/components/prescriptions/prescription-uploader';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Upload a prescription', robots: { index: false } };

export default async function NewPrescriptionPage() {
  await requireUser();
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
        <PrescriptionUploader />
      </div>
    </div>
  );
}
