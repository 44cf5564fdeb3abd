import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { Link } from '@/lib/i18n/navigation';
import { forgotPasswordAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.forgot'))('metaTitle') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth.forgot');
  return (
    <AuthCard title={t('title')} intro={t('intro')}>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p className="mt-4 text-sm">
        <Link href="/login" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
    </AuthCard>
  );
}
