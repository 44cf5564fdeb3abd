import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { ActionButton } from '@/components/ui/action-button';
import { isVerificationLinkUsable } from '@/lib/auth/email-verification';
import { redirect } from '@/lib/i18n/navigation';
import { confirmEmailAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.verifyEmail'))('title'), referrer: 'no-referrer' };
}

/**
 * The link in the confirmation email. Opening it confirms nothing: mail scanners open links, and
 * the address must be confirmed by the person reading the inbox, so the page asks for one click.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  if (typeof token !== 'string' || !(await isVerificationLinkUsable(token))) return redirect({ href: '/verify-email/not-valid', locale: await getLocale() });
  const t = await getTranslations('auth.verifyEmail');
  return (
    <AuthCard title={t('title')}>
      <p className="text-slate-700">{t('body')}</p>
      <p className="mt-2 text-sm text-slate-600">{t('notYou')}</p>
      <ActionButton action={confirmEmailAction} fields={{ token }} label={t('confirm')} pendingLabel={t('confirming')} className="mt-6" />
    </AuthCard>
  );
}
