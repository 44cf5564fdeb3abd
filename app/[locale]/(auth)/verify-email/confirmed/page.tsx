import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { getCurrentUser } from '@/lib/auth/current-user';
import { nextQuery, rememberedReturnPath } from '@/lib/auth/return-path';
import { getPathname, Link } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.emailConfirmed'))('title') };
}

export default async function EmailConfirmedPage() {
  const signedIn = Boolean(await getCurrentUser());
  const [t, locale] = await Promise.all([getTranslations('auth.emailConfirmed'), getLocale()]);
  // Back to where registration started (checkout, usually), in this browser. A whole path, language included.
  const checkout = getPathname({ href: '/checkout', locale });
  const next = await rememberedReturnPath(checkout);
  const className = 'mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white';
  return (
    <AuthCard title={t('title')}>
      <p role="status" className="text-slate-700">
        {t('body')}
      </p>
      {signedIn ? (
        <NextLink href={next} className={className}>
          {next === checkout ? t('toCheckout') : t('continue')}
        </NextLink>
      ) : (
        <Link href={`/login${nextQuery(next)}`} className={className}>
          {t('signInToContinue')}
        </Link>
      )}
    </AuthCard>
  );
}
