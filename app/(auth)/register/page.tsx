import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AuthCard } from '@/components/auth/auth-card';
import { RegisterForm } from '@/components/auth/register-form';
import { registerAction } from '../actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function RegisterPage() {
  if (await getCurrentUser()) redirect('/account');
  return (
    <AuthCard
      title="Create an account"
      intro={
        <>
          Already have one?{' '}
          <Link href="/login" className="font-medium text-brand-700 underline">
            Sign in
          </Link>
        </>
      }
    >
      <RegisterForm action={registerAction} />
    </AuthCard>
  );
}
