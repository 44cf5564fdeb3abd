import type { Metadata } from 'next';
import { redirect as redirectTo } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { safeNextPath } from '@/lib/auth/current-path';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery } from '@/lib/auth/return-path';
import { AuthCard } from '@/components/auth/auth-card';
import { RegisterForm } from '@/components/auth/register-form';
import { Link, redirect } from '@/lib/i18n/navigation';
import { registerAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.register'))('title') };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : '/');
  // `next` is a whole path already (it may carry /ne); /account is the shop's own, in this page's language.
  if (await getCurrentUser()) {
    if (next === '/') return redirect({ href: '/account', locale: await getLocale() });
    return redirectTo(next);
  }
  const t = await getTranslations('auth.register');
  return (
    <AuthCard
      title={t('title')}
      intro={t.rich('haveOne', {
        link: (chunks) => (
          <Link href={`/login${nextQuery(next)}`} className="font-medium text-brand-700 underline">
            {chunks}
          </Link>
        ),
      })}
    >
      <RegisterForm action={registerAction} next={next} />
    </AuthCard>
  );
}
