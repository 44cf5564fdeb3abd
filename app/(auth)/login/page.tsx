import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/current-path';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery } from '@/lib/auth/return-path';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : '/');
  if (await getCurrentUser()) redirect(next);
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New to MediNest?{' '}
          <Link href={`/register${nextQuery(next)}`} className="font-medium text-brand-700 underline">
            Create an account
          </Link>
        </>
      }
    >
      {params.reset === '1' ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          Your password was changed. Sign in with the new one.
        </p>
      ) : null}
      {params.expired === '1' ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Your sign-in took too long. Please start again.
        </p>
      ) : null}
      <SignInForm action={signInAction} next={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
    </AuthCard>
  );
}
