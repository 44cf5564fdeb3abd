import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { getPathname, Link } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.linkNotValid'))('title') };
}

export default async function VerificationLinkNotValidPage() {
  const [t, locale] = await Promise.all([getTranslations('auth.linkNotValid'), getLocale()]);
  return (
    <AuthCard title={t('title')}>
      <div className="space-y-3 text-slate-700">
        <p role="alert">{t('body')}</p>
        <p className="text-sm">{t('next')}</p>
      </div>
      <Link href={`/login?next=${encodeURIComponent(getPathname({ href: '/checkout', locale }))}`} className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('signIn')}
      </Link>
    </AuthCard>
  );
}
