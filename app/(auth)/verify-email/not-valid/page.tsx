import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';

export const metadata: Metadata = { title: 'Confirmation link not valid' };

export default function VerificationLinkNotValidPage() {
  return (
    <AuthCard title="Confirmation link not valid">
      <div className="space-y-3 text-slate-700">
        <p role="alert">This link is invalid, has expired or was already used. Each link works once, within 24 hours.</p>
        <p className="text-sm">
          If you already confirmed your email, just sign in. Otherwise sign in and go to checkout: it has a button that sends you a new link.
        </p>
      </div>
      <Link href="/login?next=%2Fcheckout" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Sign in
      </Link>
    </AuthCard>
  );
}
