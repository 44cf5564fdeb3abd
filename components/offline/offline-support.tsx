'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { liveQueryKeys } from '@/components/live/query-keys';
import { formattersFor, type Formatters } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { WORKER_MESSAGES } from '@/lib/offline/cache-names';
import type { VisitorSummary } from '@/lib/visitor/summary';
import { forgetPrivateCopies } from './private-copies';

type Notice =
  | { kind: 'update' }
  | { kind: 'cart-replayed'; added: number; refused: number }
  | { kind: 'prescriptions-replayed'; uploaded: number; refused: number; url: string | null }
  | null;
type Replayed = { type?: unknown; added?: unknown; uploaded?: unknown; refused?: unknown; url?: unknown };

/**
 * The service worker's page side, mounted once in the site shell: registers public/sw.js (built
 * for production only), offers a new version with a reload, asks the worker to replay offline
 * cart additions when the browser is back online, and deletes the offline copies of the
 * shopper's orders whenever the server says nobody is signed in (sign-out included).
 */
export function OfflineSupport() {
  const client = useQueryClient();
  const t = useTranslations('common.offline');
  const f = formattersFor(useLocale());
  const [notice, setNotice] = useState<Notice>(null);
  const [reload, setReload] = useState<(() => void) | null>(null);

  useEffect(() => {
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryKey[0] !== liveQueryKeys.visitor[0]) return;
      if ((event.query.state.data as VisitorSummary | undefined)?.signedIn === false) void forgetPrivateCopies();
    });
  }, [client]);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      // A worker left by a production build on the same address would serve `npm run dev` stale pages.
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((registration) => void registration.unregister()));
      return;
    }
    let cancelled = false;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Replayed | null;
      if (data?.type === WORKER_MESSAGES.cartReplayed) {
        void client.invalidateQueries({ queryKey: liveQueryKeys.cartCount });
        setNotice({ kind: 'cart-replayed', added: Number(data.added) || 0, refused: Number(data.refused) || 0 });
      }
      if (data?.type === WORKER_MESSAGES.prescriptionsReplayed) {
        const url = typeof data.url === 'string' && /^\/prescriptions\/[0-9a-f-]{36}$/.test(data.url) ? data.url : null;
        setNotice({ kind: 'prescriptions-replayed', uploaded: Number(data.uploaded) || 0, refused: Number(data.refused) || 0, url });
      }
    };
    const onOnline = () => void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: WORKER_MESSAGES.replayCart }));
    navigator.serviceWorker.addEventListener('message', onMessage);
    window.addEventListener('online', onOnline);
    // Loaded after the page, so the first load carries only this component.
    void import('@serwist/window').then(({ Serwist }) => {
      if (cancelled) return;
      const worker = new Serwist('/sw.js', { scope: '/' });
      worker.addEventListener('waiting', () => {
        setReload(() => () => reloadIntoWaitingWorker(worker));
        setNotice({ kind: 'update' });
      });
      void worker.register();
    });
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener('message', onMessage);
      window.removeEventListener('online', onOnline);
    };
  }, [client]);

  if (notice === null) return null;
  return (
    <div role="status" className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg" data-testid="offline-notice">
      {notice.kind === 'update' ? (
        <>
          <span className="flex-1">{t('update')}</span>
          <button type="button" onClick={() => reload?.()} className="rounded-md bg-white px-3 py-1.5 font-semibold text-slate-900">
            {t('reload')}
          </button>
        </>
      ) : notice.kind === 'cart-replayed' ? (
        <>
          <span className="flex-1">{cartReplayedMessage(notice, t, f)}</span>
          <Link href="/cart" className="rounded-md bg-white px-3 py-1.5 font-semibold text-slate-900">
            {t('viewCart')}
          </Link>
        </>
      ) : (
        <>
          <span className="flex-1">
            {notice.refused === 0 ? t('prescriptionUploaded') : t('prescriptionRefused')}
          </span>
          <Link href={notice.refused === 0 && notice.url ? notice.url : '/prescriptions'} className="rounded-md bg-white px-3 py-1.5 font-semibold text-slate-900">
            {notice.refused === 0 && notice.url ? t('viewPrescription') : t('yourPrescriptions')}
          </Link>
        </>
      )}
      <button type="button" onClick={() => setNotice(null)} className="px-2 py-1.5 text-slate-300 hover:text-white" aria-label={t('dismiss')}>
        ✕
      </button>
    </div>
  );
}

/** How long "Reload" waits for the new version to take over before it reloads anyway. */
const TAKEOVER_WAIT_MS = 3_000;

/**
 * The shopper chose "Reload": the waiting worker is told to take over (Serwist's SKIP_WAITING), and the
 * page reloads once it controls the page. Listened for on the container itself, at most once, and with
 * a deadline: a reload was asked for, so one happens even when the new worker is slow or was replaced
 * meanwhile (the reloaded page then offers it again).
 */
function reloadIntoWaitingWorker(worker: { messageSkipWaiting(): void }): void {
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    window.location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  window.setTimeout(reloadOnce, TAKEOVER_WAIT_MS);
  worker.messageSkipWaiting();
}

function cartReplayedMessage({ added, refused }: { added: number; refused: number }, t: ReturnType<typeof useTranslations<'common.offline'>>, f: Formatters): string {
  if (refused === 0) return t('cartAdded');
  if (added === 0) return t('cartRefused');
  return t('cartPartly', { added: f.count(added), refused: f.count(refused) });
}
