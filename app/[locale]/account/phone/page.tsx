import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PhoneBadge, SendPhoneCodeForm, VerifyPhoneCodeForm } from '@/components/account/phone-forms';
import { requireUser } from '@/lib/auth/current-user';
import { isPhoneVerified } from '@/lib/auth/phone-verification';
import { env } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { sameOriginPath } from '@/lib/security/redirect-target';
import { sendPhoneCodeAction, verifyPhoneCodeAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.phone');
  return { title: t('title') };
}

export default async function PhonePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = (await searchParams).next;
  // Only a path on this shop (checkout, usually); anything else is dropped.
  const next = sameOriginPath(raw, env.APP_URL, '') || undefined;
  const { phone, verified } = await isPhoneVerified(user.id);
  const t = await getTranslations('account.phone');
  return (
    <section className="max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      {!phone ? (
        <p className="text-sm text-slate-700">
          {t.rich('addFirst', {
            link: (chunks) => (
              <Link href="/account" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-medium">{phone}</span> <PhoneBadge verified={verified} />
          </p>
          {verified ? (
            <p className="text-sm text-slate-700">
              {t('verified')}{' '}
              {next ? (
                <Link href={next} className="font-medium text-brand-700 underline">
                  {t('continue')}
                </Link>
              ) : null}
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t('explain')}</p>
              <SendPhoneCodeForm action={sendPhoneCodeAction} next={next} again={false} />
              <VerifyPhoneCodeForm action={verifyPhoneCodeAction} next={next} />
            </>
          )}
        </>
      )}
    </section>
  );
}
