import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { safeNextPath } from '@/lib/auth/current-path';
import { nextQuery } from '@/lib/auth/return-path';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.checkEmail'))('metaTitle') };
}

/** Shown after every registration, whether or not the email was already registered. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations('auth.checkEmail');
  return (
    <AuthCard title={t('title')}>
      <div className="space-y-3 text-slate-700">
        <p role="status">{t('sent')}</p>
        <p className="text-sm">{t('alreadyRegistered')}</p>
      </div>
      <Link href={`/login${nextQuery(next)}`} className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('goToSignIn')}
      </Link>
    </AuthCard>
  );
}
