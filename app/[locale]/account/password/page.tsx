import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/current-user';
import { ChangePasswordForm } from '@/components/account/password-form';
import { changePasswordAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.password');
  return { title: t('title') };
}

export default async function ChangePasswordPage() {
  await requireUser();
  const t = await getTranslations('account.password');
  return (
    <section className="max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <div className="mt-6">
        <ChangePasswordForm action={changePasswordAction} />
      </div>
    </section>
  );
}
