import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import { ProfileForm } from '@/components/account/profile-form';
import { MessagePreferencesForm, PhoneBadge } from '@/components/account/phone-forms';
import { PushNotifications } from '@/components/account/push-notifications';
import { db } from '@/db/client';
import { env } from '@/lib/env';
import { countSubscriptions } from '@/lib/notifications/push/subscriptions';
import { messagePreferences } from '@/lib/auth/account/profile';
import { MESSAGE_LOCALE_LABELS, MESSAGE_LOCALES } from '@/lib/notifications/locale';
import { updateMessagePreferencesAction, updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

const LANGUAGES = MESSAGE_LOCALES.map((value) => ({ value, label: MESSAGE_LOCALE_LABELS[value] }));

export default async function AccountPage() {
  const user = await requireUser();
  const preferences = await messagePreferences(user.id);
  const pushDevices = await countSubscriptions(db, user.id);
  return (
    <div className="max-w-lg space-y-6">
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as <span className="font-medium">{user.email}</span>
        </p>
        {user.phone ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            Mobile {user.phone} <PhoneBadge verified={Boolean(preferences?.phoneVerified)} />
            {preferences?.phoneVerified ? null : (
              <Link href="/account/phone" className="font-medium text-brand-700 underline">
                Verify by SMS
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
          <h2 className="text-lg font-semibold">Messages</h2>
          <div className="mt-4">
            <MessagePreferencesForm action={updateMessagePreferencesAction} preferences={preferences} languages={LANGUAGES} />
          </div>
        </section>
      ) : null}
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="text-lg font-semibold">Notifications</h2>
        <div className="mt-4">
          <PushNotifications vapidPublicKey={env.VAPID_PUBLIC_KEY} devices={pushDevices} />
        </div>
      </section>
    </div>
  );
}
