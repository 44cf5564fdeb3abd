import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { isResetTokenUsable } from '@/lib/auth/password-reset';
import { RESET_COOKIE } from '@/lib/auth/reset-cookie';
import { resetTokenSchema } from '@/lib/validation/auth';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Link } from '@/lib/i18n/navigation';
import { resetPasswordAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.reset'))('title') };
}

export default async function ResetPasswordPage() {
  const token = resetTokenSchema.safeParse((await cookies()).get(RESET_COOKIE)?.value);
  const usable = token.success && (await isResetTokenUsable(token.data));
  const t = await getTranslations('auth.reset');
  if (!usable) {
    return (
      <AuthCard title={t('invalidTitle')}>
        <p role="alert" className="text-slate-700">
          {t('invalid')}
        </p>
        <Link href="/forgot-password" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          {t('requestNew')}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('title')}>
      <ResetPasswordForm action={resetPasswordAction} />
    </AuthCard>
  );
}
