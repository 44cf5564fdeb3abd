import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { safeNextPath } from '@/lib/auth/current-path';
import { pendingChallengeUserId } from '@/lib/auth/sign-in-flow';
import { AuthCard } from '@/components/auth/auth-card';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { Link, redirect } from '@/lib/i18n/navigation';
import { twoFactorSignInAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.twoFactor'))('metaTitle') };
}

export default async function TwoFactorChallengePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (!(await pendingChallengeUserId())) redirect({ href: '/login?expired=1', locale: await getLocale() });
  const t = await getTranslations('auth.twoFactor');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      <TwoFactorForm action={twoFactorSignInAction} next={safeNextPath(typeof params.next === 'string' ? params.next : '/')} />
      <p className="mt-4 text-sm">
        <Link href="/login" className="text-brand-700 underline">
          {t('startAgain')}
        </Link>
      </p>
    </AuthCard>
  );
}
