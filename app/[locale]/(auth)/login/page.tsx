import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/current-path';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery } from '@/lib/auth/return-path';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Link } from '@/lib/i18n/navigation';
import { signInAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : '/');
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations('auth.login');
  return (
    <AuthCard
      title={t('title')}
      intro={t.rich('newHere', {
        link: (chunks) => (
          <Link href={`/register${nextQuery(next)}`} className="font-medium text-brand-700 underline">
            {chunks}
          </Link>
        ),
      })}
    >
      {params.reset === '1' ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {t('passwordChanged')}
        </p>
      ) : null}
      {params.expired === '1' ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('tookTooLong')}
        </p>
      ) : null}
      <SignInForm action={signInAction} next={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t('forgot')}
        </Link>
      </p>
    </AuthCard>
  );
}
