'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { PushAnswerCode } from '@/lib/notifications/push/answer-codes';

const SUBSCRIPTIONS_PATH = '/api/push/subscriptions';
// The service worker registers after the page loads (components/offline/offline-support.tsx).
const WORKER_WAIT_MS = 10_000;

type State = 'checking' | 'development' | 'unsupported' | 'blocked' | 'off' | 'on';
type Notice = { tone: 'success' | 'error' | 'info'; text: string } | null;
type Translate = ReturnType<typeof useTranslations<'account.push'>>;

function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function workerRegistration(): Promise<ServiceWorkerRegistration | null> {
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => window.setTimeout(() => resolve(null), WORKER_WAIT_MS))]);
}

/** Where this browser stands; a subscription it still holds is handed to the server again, which may have dropped it (the push service said it was gone, or another account took this browser). */
async function browserState(): Promise<State> {
  if (!pushSupported()) return 'unsupported';
  // The service worker registers only in production builds (components/offline/offline-support.tsx).
  if (process.env.NODE_ENV !== 'production') return 'development';
  if (Notification.permission === 'denied') return 'blocked';
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (subscription) void send('POST', subscription.toJSON());
  return subscription ? 'on' : 'off';
}

/** The server's answer and its code; no code when it gave none (a proxy's error page). */
async function send(method: 'POST' | 'DELETE', body: unknown): Promise<{ ok: boolean; code: unknown }> {
  const response = await fetch(SUBSCRIPTIONS_PATH, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => null)) as { code?: unknown } | null;
  return { ok: response.ok, code: answer?.code };
}

/** The words for the server's answer in the page's language; an answer without a known code is "something went wrong". */
export function pushAnswerText(t: Translate, code: unknown): string {
  return typeof code === 'string' && t.has(`answers.${code as PushAnswerCode}`) ? t(`answers.${code as PushAnswerCode}`) : t('somethingWrong');
}

/**
 * Opt-in and opt-out of push notifications for this browser, on the account page: asks the
 * browser's permission, subscribes through the service worker's push manager with the shop's
 * VAPID public key, and hands the subscription to the server (lib/notifications/push). Turning
 * off deletes it on the server, then in the browser.
 */
export function PushNotifications({ vapidPublicKey, devices }: { vapidPublicKey: string; devices: number }) {
  const t = useTranslations('account.push');
  const [state, setState] = useState<State>('checking');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    let cancelled = false;
    void browserState().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  async function turnOn() {
    setBusy(true);
    setNotice(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'blocked' : 'off');
        return setNotice({ tone: 'info', text: t('notAllowed') });
      }
      const registration = await workerRegistration();
      if (!registration) return setNotice({ tone: 'error', text: t('noWorker') });
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: Uint8Array.from(atob(vapidPublicKey.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)) });
      const saved = await send('POST', subscription.toJSON());
      if (!saved.ok) {
        await subscription.unsubscribe().catch(() => false);
        return setNotice({ tone: 'error', text: pushAnswerText(t, saved.code) });
      }
      setState('on');
      setNotice({ tone: 'success', text: pushAnswerText(t, saved.code) });
    } catch {
      setNotice({ tone: 'error', text: t('onFailed') });
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setNotice(null);
    try {
      const registration = await navigator.serviceWorker.getRegistration();
      const subscription = await registration?.pushManager.getSubscription();
      if (subscription) {
        const removed = await send('DELETE', { endpoint: subscription.endpoint });
        // 404: the server had already forgotten it; the browser still lets go of it.
        if (!removed.ok && removed.code !== 'not_subscribed') return setNotice({ tone: 'error', text: pushAnswerText(t, removed.code) });
        await subscription.unsubscribe();
      }
      setState('off');
      setNotice({ tone: 'success', text: t('offDone') });
    } catch {
      setNotice({ tone: 'error', text: t('offFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="push-notifications" data-state={state} className="space-y-3">
      <p className="text-sm text-slate-600">
        {state === 'on' ? t('explainOn') : t('explainOff')}
        {devices > 0 ? ` ${t('devices', { count: devices })}` : ''}
      </p>
      {state === 'development' ? <p className="text-sm text-slate-600">{t('development')}</p> : null}
      {state === 'unsupported' ? <p className="text-sm text-slate-600">{t('unsupported')}</p> : null}
      {state === 'blocked' ? <p className="text-sm text-slate-600">{t('blocked')}</p> : null}
      {state === 'off' ? (
        <Button onClick={() => void turnOn()} disabled={busy}>
          {busy ? t('turningOn') : t('turnOn')}
        </Button>
      ) : null}
      {state === 'on' ? (
        <Button tone="secondary" onClick={() => void turnOff()} disabled={busy}>
          {busy ? t('turningOff') : t('turnOff')}
        </Button>
      ) : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
    </div>
  );
}
