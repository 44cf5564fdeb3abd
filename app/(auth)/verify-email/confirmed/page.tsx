import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Email confirmed' };

export default async function EmailConfirmedPage() {
  const signedIn = Boolean(await getCurrentUser());
  return (
    <AuthCard title="Email confirmed">
      <p role="status" className="text-slate-700">
        Thank you. Your email address is confirmed, so you can place orders now.
      </p>
      <Link
        href={signedIn ? '/checkout' : '/login?next=%2Fcheckout'}
        className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
      >
        {signedIn ? 'Continue to checkout' : 'Sign in to continue'}
      </Link>
    </AuthCard>
  );
}
