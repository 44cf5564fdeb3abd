/// <reference lib="webworker" />
import { BackgroundSyncQueue, CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';
import { CART_QUEUE, OFFLINE_CACHES, PRESCRIPTION_QUEUE, WORKER_MESSAGES } from '../lib/offline/cache-names';
import { OFFLINE_PAGE_PATH, offlinePageFor } from '../lib/offline/offline-pages';
import { CART_ADDITIONS_PATH, isCacheableImage, isCatalogPage, isOwnOrdersPage, PRESCRIPTION_UPLOAD_PATH } from '../lib/offline/request-rules';

/**
 * The shop's service worker, bundled with the precache list by scripts/build-service-worker.ts
 * into public/sw.js after `next build`. What it keeps is decided in lib/offline/request-rules.ts;
 * every other request (cart, checkout, account, sign-in, back office, API answers) is left alone.
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const onlyComplete = () => new CacheableResponsePlugin({ statuses: [200] });

type Replayed = { sent: number; refused: number; lastUrl: string | null };

// Before the queues: where Background Sync is missing, a queue replays as soon as it is made.
const replaying = new Map<string, Promise<Replayed | null>>();

/** One replay per queue at a time: Background Sync and the page's "online" message may both ask at once. */
function replay(queue: BackgroundSyncQueue): Promise<Replayed | null> {
  let running = replaying.get(queue.name);
  if (!running) {
    running = sendQueued(queue).finally(() => replaying.delete(queue.name));
    replaying.set(queue.name, running);
  }
  return running;
}

async function sendQueued(queue: BackgroundSyncQueue): Promise<Replayed | null> {
  const replayed: Replayed = { sent: 0, refused: 0, lastUrl: null };
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    let response: Response;
    try {
      response = await fetch(entry.request.clone());
    } catch (error) {
      // Still offline: keep it first in line, and let Background Sync try again later.
      await queue.unshiftRequest(entry);
      throw error;
    }
    // An answer, even a refusal (sold out meanwhile, signed out), settles it; the page says which.
    if (!response.ok) {
      replayed.refused += 1;
      continue;
    }
    replayed.sent += 1;
    const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
    if (typeof answer?.url === 'string' && answer.url.startsWith('/')) replayed.lastUrl = answer.url;
  }
  return replayed.sent + replayed.refused === 0 ? null : replayed;
}

async function tellPages(message: Record<string, unknown>): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

async function replayCartAdditions(queue: BackgroundSyncQueue = cartQueue): Promise<void> {
  const replayed = await replay(queue);
  if (replayed) await tellPages({ type: WORKER_MESSAGES.cartReplayed, added: replayed.sent, refused: replayed.refused });
}

async function replayPrescriptionUploads(queue: BackgroundSyncQueue = prescriptionQueue): Promise<void> {
  const replayed = await replay(queue);
  if (replayed) await tellPages({ type: WORKER_MESSAGES.prescriptionsReplayed, uploaded: replayed.sent, refused: replayed.refused, url: replayed.lastUrl });
}

/** Cart additions made offline: kept a day, replayed by Background Sync or when the page says it is online. */
const cartQueue = new BackgroundSyncQueue(CART_QUEUE, { maxRetentionTime: 24 * 60, onSync: ({ queue }) => replayCartAdditions(queue) });
/** Prescription photos taken offline: kept a day, sent with the session of whoever is then signed in (dropped at sign-out). */
const prescriptionQueue = new BackgroundSyncQueue(PRESCRIPTION_QUEUE, { maxRetentionTime: 24 * 60, onSync: ({ queue }) => replayPrescriptionUploads(queue) });

/** Tries the network; offline, keeps the request for later and says so (202) instead of failing. */
function sendOrQueue(queue: () => BackgroundSyncQueue) {
  return async ({ request }: { request: Request }): Promise<Response> => {
    const kept = request.clone();
    try {
      return await fetch(request);
    } catch {
      await queue().pushRequest({ request: kept });
      return Response.json({ ok: true, queued: true }, { status: 202, headers: { 'Cache-Control': 'no-store' } });
    }
  };
}

/**
 * A page load that fails offline with no copy kept gets the offline page in the language of its
 * address (lib/offline/offline-pages.ts): English from the precache, another language's from the copy
 * fetched when the shopper first opened a page in it, else the English one.
 */
const offlinePage = {
  handlerDidError: async ({ request }: { request: Request }): Promise<Response | undefined> => {
    if (request.destination !== 'document') return undefined;
    const wanted = offlinePageFor(new URL(request.url).pathname);
    const kept = wanted === OFFLINE_PAGE_PATH ? undefined : await (await caches.open(OFFLINE_CACHES.offlinePages)).match(wanted);
    return kept ?? (await serwist.matchPrecache(OFFLINE_PAGE_PATH));
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version waits until the shopper chooses "Reload" (components/offline/offline-support.tsx).
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && isCatalogPage(url),
      handler: new NetworkFirst({
        cacheName: OFFLINE_CACHES.catalogPages,
        // No network timeout: a slow answer still beats a copy with yesterday's price and stock.
        plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 14 * DAY }), offlinePage],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && isOwnOrdersPage(url),
      handler: new NetworkFirst({
        cacheName: OFFLINE_CACHES.ownOrders,
        // A redirect to sign-in (status 0 here) or an error page is never kept.
        plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 30 * DAY }), offlinePage],
      }),
    },
    {
      // Content-hashed, so a copy is good for ever; kept as pages use them rather than precached.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: OFFLINE_CACHES.appCode,
        plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.destination === 'image' && isCacheableImage(url),
      handler: new StaleWhileRevalidate({
        cacheName: OFFLINE_CACHES.productImages,
        plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === CART_ADDITIONS_PATH,
      method: 'POST',
      handler: sendOrQueue(() => cartQueue),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === PRESCRIPTION_UPLOAD_PATH,
      method: 'POST',
      handler: sendOrQueue(() => prescriptionQueue),
    },
    // Every other page load goes to the network, and offline gets the offline page below.
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly({ plugins: [offlinePage] }) },
  ],
});

/**
 * The offline pages' own scripts, so they still hydrate (their "Try again" button) on a device that
 * never loaded them online: the chunks their precached HTML names, kept with the rest of the app's code.
 */
async function keepOfflinePageCode(pages: (Response | undefined)[]): Promise<void> {
  const html = await Promise.all(pages.map(async (page) => (await page?.text()) ?? ''));
  const chunks = new Set(html.flatMap((text) => text.match(/\/_next\/static\/[A-Za-z0-9/_.~-]+\.(?:js|css)/g) ?? []));
  const cache = await caches.open(OFFLINE_CACHES.appCode);
  await Promise.all([...chunks].map(async (chunk) => (await cache.match(chunk)) ?? cache.add(chunk).catch(() => {})));
}

/** Fetches the offline page in another language once, with its scripts; a failure leaves English to answer. */
async function keepOfflinePage(url: string): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHES.offlinePages);
  if (await cache.match(url)) return;
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok || response.redirected) return;
  await cache.put(url, response.clone());
  await keepOfflinePageCode([response]);
}

/**
 * A new version's offline pages name its own scripts: the English one comes with its precache, and
 * the other languages' kept copies are fetched again (the worker updates while the shopper is online).
 */
async function refreshOfflinePages(): Promise<void> {
  const kept = (await (await caches.open(OFFLINE_CACHES.offlinePages)).keys()).map((request) => new URL(request.url).pathname);
  await caches.delete(OFFLINE_CACHES.offlinePages);
  await Promise.all([keepOfflinePageCode([await serwist.matchPrecache(OFFLINE_PAGE_PATH)]), ...kept.map(keepOfflinePage)]);
}

self.addEventListener('activate', (event) => event.waitUntil(refreshOfflinePages()));

// Opening a page in a language other than English keeps that language's offline page for later.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.mode !== 'navigate' || url.origin !== self.location.origin) return;
  const page = offlinePageFor(url.pathname);
  if (page !== OFFLINE_PAGE_PATH) event.waitUntil(keepOfflinePage(page).catch(() => {}));
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // Where Background Sync is missing (or late), the page's "online" event replays the queues.
  if (type === WORKER_MESSAGES.replayCart) event.waitUntil(Promise.all([replayCartAdditions(), replayPrescriptionUploads()]).catch(() => {}));
  if (type === WORKER_MESSAGES.forgetPrivate) event.waitUntil(forgetPrescriptionUploads());
});

/** Nobody is signed in any more: the photos waiting to upload are someone's health data. */
async function forgetPrescriptionUploads(): Promise<void> {
  while (await prescriptionQueue.shiftRequest()) {
    // Dropped, not sent.
  }
}

/**
 * A push from the shop (lib/notifications/push/dispatch-push.ts): JSON with title, body, icon and
 * the shop page to open. Only paths on this shop are opened; anything else opens the orders.
 */
type PushMessage = { title?: unknown; body?: unknown; icon?: unknown; url?: unknown; tag?: unknown };
const shopPath = (value: unknown) => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/orders');

self.addEventListener('push', (event) => {
  let message: PushMessage = {};
  try {
    message = (event.data?.json() ?? {}) as PushMessage;
  } catch {
    message = { body: event.data?.text() };
  }
  const title = typeof message.title === 'string' ? message.title : 'MediNest';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof message.body === 'string' ? message.body : '',
      icon: shopPath(message.icon) === message.icon ? message.icon : '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      ...(typeof message.tag === 'string' ? { tag: message.tag } : {}),
      data: { url: shopPath(message.url) },
    }),
  );
});

/** A click opens the page the notification is about, in a window of the shop already open when there is one. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(shopPath((event.notification.data as { url?: unknown } | null)?.url), self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => client.url === url) ?? windows[0];
      if (!open) return void (await self.clients.openWindow(url));
      const focused = await open.focus();
      // navigate() works only on a page this worker controls; one it does not still gets the focus.
      if (focused.url !== url) await focused.navigate(url).catch(() => null);
    })(),
  );
});

serwist.addEventListeners();
