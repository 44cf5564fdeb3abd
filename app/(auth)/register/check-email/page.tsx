import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { safeNextPath } from '@/lib/auth/current-path';
import { nextQuery } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Check your email' };

/** Shown after every registration, whether or not the email was already registered. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  return (
    <AuthCard title="Check your email to finish">
      <div className="space-y-3 text-slate-700">
        <p role="status">We sent a message to the address you entered. Open the link in it to confirm your email, then sign in.</p>
        <p className="text-sm">
          If you already have an account with that address, the message tells you how to sign in or reset your password instead. Nothing arrived
          after a few minutes? Check your spam folder.
        </p>
      </div>
      <Link href={`/login${nextQuery(next)}`} className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Go to sign in
      </Link>
    </AuthCard>
  );
}
