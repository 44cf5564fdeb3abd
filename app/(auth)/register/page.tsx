import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/current-path';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery } from '@/lib/auth/return-path';
import { AuthCard } from '@/components/auth/auth-card';
import { RegisterForm } from '@/components/auth/register-form';
import { registerAction } from '../actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : '/');
  if (await getCurrentUser()) redirect(next === '/' ? '/account' : next);
  return (
    <AuthCard
      title="Create an account"
      intro={
        <>
          Already have one?{' '}
          <Link href={`/login${nextQuery(next)}`} className="font-medium text-brand-700 underline">
            Sign in
          </Link>
        </>
      }
    >
      <RegisterForm action={registerAction} next={next} />
    </AuthCard>
  );
}
