import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { getCurrentSession, requireUser } from '@/lib/auth/current-user';
import { deviceLabel } from '@/lib/auth/sessions/device-label';
import { listSignedInDevices } from '@/lib/auth/sessions/devices';
import { formattersFor } from '@/lib/i18n/format';
import { SignOutDeviceButton, SignOutEverywhereButtons } from '@/components/account/session-buttons';
import { signOutDeviceAction, signOutEverywhereAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.sessions');
  return { title: t('title') };
}

type Translate = Awaited<ReturnType<typeof getTranslations<'account.sessions'>>>;

/** lib/auth/sessions/device-label.ts's "Chrome on Android" in the page's language; browser and system names stay as they are. */
function localDeviceLabel(t: Translate, userAgent: string | null): string {
  const label = deviceLabel(userAgent);
  if (label === 'Unknown device') return t('unknownDevice');
  const [browser = label, system] = label.split(' on ');
  const name = browser === 'A browser' ? t('aBrowser') : browser;
  return system ? t('browserOn', { browser: name, system }) : name;
}

export default async function SessionsPage() {
  const user = await requireUser();
  const { sessionId } = await getCurrentSession();
  const devices = await listSignedInDevices(db, user, sessionId);
  const others = devices.filter((d) => !d.thisDevice);
  const t = await getTranslations('account.sessions');
  const f = formattersFor(await getLocale());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      </div>
      {devices.length === 0 ? <p className="text-slate-600">{t('empty')}</p> : null}
      <ul className="space-y-3">
        {devices.map((d) => {
          const label = localDeviceLabel(t, d.device);
          return (
            <li key={d.id} data-testid="signed-in-device" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold">
                  {label}
                  {d.thisDevice ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{t('thisDevice')}</span> : null}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                  <dt className="text-slate-500">{t('signedIn')}</dt>
                  <dd>{f.dateTime(d.createdAt)}</dd>
                  <dt className="text-slate-500">{t('lastActive')}</dt>
                  <dd>{f.dateTime(d.lastSeenAt)}</dd>
                  <dt className="text-slate-500">{t('ip')}</dt>
                  <dd>{d.ip ?? t('unknownIp')}</dd>
                </dl>
                {d.device ? <p className="mt-1 truncate text-xs text-slate-500" title={d.device}>{d.device}</p> : null}
              </div>
              {d.thisDevice ? null : <SignOutDeviceButton action={signOutDeviceAction} id={d.id} device={label} />}
            </li>
          );
        })}
      </ul>
      {devices.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">{t('everywhereHeading')}</h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">{t('everywhereIntro')}</p>
          <SignOutEverywhereButtons action={signOutEverywhereAction} hasOthers={others.length > 0} />
        </section>
      ) : null}
    </div>
  );
}
