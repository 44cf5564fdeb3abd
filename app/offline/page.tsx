import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { TryAgainButton } from '@/components/offline/try-again-button';

export const metadata: Metadata = { title: 'You are offline', robots: { index: false } };

// What the service worker shows for a page load that fails offline with no copy kept. Rendered
// per request so it carries the CSP nonce; the worker precaches one copy per build.
export default async function OfflinePage() {
  await connection();
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center" data-testid="offline-page">
      <h1 className="text-lg font-semibold">You are offline</h1>
      <p className="mt-2 text-slate-600">
        This page needs a connection. Medicines you looked at recently and your orders still open without one; anything you add to the cart now is added when you are back online.
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-3">
        <TryAgainButton />
        <Link href="/orders" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800">
          My orders
        </Link>
      </div>
    </div>
  );
}
