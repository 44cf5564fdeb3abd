import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/current-user';
import { ProfileForm } from '@/components/account/profile-form';
import { MessagePreferencesForm, PhoneBadge } from '@/components/account/phone-forms';
import { PushNotifications } from '@/components/account/push-notifications';
import { db } from '@/db/client';
import { Link } from '@/lib/i18n/navigation';
import { env } from '@/lib/env';
import { countSubscriptions } from '@/lib/notifications/push/subscriptions';
import { messagePreferences } from '@/lib/auth/account/profile';
import { MESSAGE_LOCALE_LABELS, MESSAGE_LOCALES } from '@/lib/notifications/locale';
import { updateMessagePreferencesAction, updateProfileAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.profile');
  return { title: t('title') };
}

const LANGUAGES = MESSAGE_LOCALES.map((value) => ({ value, label: MESSAGE_LOCALE_LABELS[value] }));

export default async function AccountPage() {
  const user = await requireUser();
  const preferences = await messagePreferences(user.id);
  const pushDevices = await countSubscriptions(db, user.id);
  const t = await getTranslations('account.profile');
  return (
    <div className="max-w-lg space-y-6">
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t.rich('signedInAs', { email: user.email, b: (chunks) => <span className="font-medium">{chunks}</span> })}
        </p>
        {user.phone ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            {t('mobile', { phone: user.phone })} <PhoneBadge verified={Boolean(preferences?.phoneVerified)} />
            {preferences?.phoneVerified ? null : (
              <Link href="/account/phone" className="font-medium text-brand-700 underline">
                {t('verifyBySms')}
              </Link>
            )}
          </p>
        ) : null}
        <div className="mt-6">
          <ProfileForm action={updateProfileAction} name={user.name} phone={user.phone ?? ''} />
        </div>
      </section>
      {preferences ? (
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">{t('messages')}</h2>
          <div className="mt-4">
            <MessagePreferencesForm action={updateMessagePreferencesAction} preferences={preferences} languages={LANGUAGES} />
          </div>
        </section>
      ) : null}
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="text-lg font-semibold">{t('notifications')}</h2>
        <div className="mt-4">
          <PushNotifications vapidPublicKey={env.VAPID_PUBLIC_KEY} devices={pushDevices} />
        </div>
      </section>
    </div>
  );
}
