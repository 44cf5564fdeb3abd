import type { Metadata } from 'next';
import { db } from '@/db/client';
import { getCurrentSession, requireUser } from '@/lib/auth/current-user';
import { deviceLabel } from '@/lib/auth/sessions/device-label';
import { listSignedInDevices } from '@/lib/auth/sessions/devices';
import { formatDateTime } from '@/lib/nepal-time';
import { SignOutDeviceButton, SignOutEverywhereButtons } from '@/components/account/session-buttons';
import { signOutDeviceAction, signOutEverywhereAction } from '../actions';

export const metadata: Metadata = { title: 'Signed-in devices' };

export default async function SessionsPage() {
  const user = await requireUser();
  const { sessionId } = await getCurrentSession();
  const devices = await listSignedInDevices(db, user, sessionId);
  const others = devices.filter((d) => !d.thisDevice);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Signed-in devices</h1>
        <p className="mt-1 text-sm text-slate-600">Every browser signed in to your account. Sign out any you do not recognise, then change your password.</p>
      </div>
      {devices.length === 0 ? <p className="text-slate-600">No browser is signed in to your account.</p> : null}
      <ul className="space-y-3">
        {devices.map((d) => {
          const label = deviceLabel(d.device);
          return (
            <li key={d.id} data-testid="signed-in-device" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold">
                  {label}
                  {d.thisDevice ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">This device</span> : null}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                  <dt className="text-slate-500">Signed in</dt>
                  <dd>{formatDateTime(d.createdAt)}</dd>
                  <dt className="text-slate-500">Last active</dt>
                  <dd>{formatDateTime(d.lastSeenAt)}</dd>
                  <dt className="text-slate-500">IP address</dt>
                  <dd>{d.ip ?? 'Unknown'}</dd>
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
          <h2 className="font-semibold">Sign out everywhere</h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">For a lost phone or a shared computer.</p>
          <SignOutEverywhereButtons action={signOutEverywhereAction} hasOthers={others.length > 0} />
        </section>
      ) : null}
    </div>
  );
}
