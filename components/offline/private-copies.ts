import { OFFLINE_CACHES, WORKER_MESSAGES } from '@/lib/offline/cache-names';

/**
 * Forgets what the device keeps of a signed-in shopper: the copies of their orders kept for offline
 * reading, and prescription photos still waiting to upload (service-worker/sw.ts). Cache Storage
 * belongs to the origin, so the page deletes the orders itself, with or without a worker. The
 * browser's push subscription goes too: nobody signed in here should see a shopper's order
 * notifications (the server deletes its copy when the push service next answers 410).
 */
export async function forgetPrivateCopies(): Promise<void> {
  if (typeof window === 'undefined') return;
  navigator.serviceWorker?.controller?.postMessage({ type: WORKER_MESSAGES.forgetPrivate });
  if ('caches' in window) await window.caches.delete(OFFLINE_CACHES.ownOrders);
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await (await registration?.pushManager?.getSubscription())?.unsubscribe().catch(() => false);
}
