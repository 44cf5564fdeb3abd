import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery, rememberedReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Email confirmed' };

export default async function EmailConfirmedPage() {
  const signedIn = Boolean(await getCurrentUser());
  // Back to where registration started (checkout, usually), in this browser.
  const next = await rememberedReturnPath('/checkout');
  return (
    <AuthCard title="Email confirmed">
      <p role="status" className="text-slate-700">
        Thank you. Your email address is confirmed, so you can place orders now.
      </p>
      <Link
        href={signedIn ? next : `/login${nextQuery(next)}`}
        className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
      >
        {signedIn ? (next === '/checkout' ? 'Continue to checkout' : 'Continue') : 'Sign in to continue'}
      </Link>
    </AuthCard>
  );
}
