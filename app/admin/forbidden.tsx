import Link from 'next/link';

export default function AdminForbidden() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-slate-600">This part of MediNest is for pharmacists and administrators.</p>
      <Link href="/" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Back to the shop
      </Link>
    </div>
  );
}
