import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">We could not find what you were looking for. It may have moved or is no longer sold.</p>
      <Link href="/products" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Browse medicines
      </Link>
    </div>
  );
}
