import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/current-path';
import { pendingChallengeUserId } from '@/lib/auth/sign-in-flow';
import { AuthCard } from '@/components/auth/auth-card';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { twoFactorSignInAction } from '../../actions';

export const metadata: Metadata = { title: 'Two-factor check' };

export default async function TwoFactorChallengePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (!(await pendingChallengeUserId())) redirect('/login?expired=1');
  return (
    <AuthCard title="Enter your code" intro="Open your authenticator app and enter the 6-digit code for MediNest. Lost your phone? Use one of your recovery codes.">
      <TwoFactorForm action={twoFactorSignInAction} next={safeNextPath(typeof params.next === 'string' ? params.next : '/')} />
      <p className="mt-4 text-sm">
        <Link href="/login" className="text-brand-700 underline">
          Start again
        </Link>
      </p>
    </AuthCard>
  );
}
