/**
 * The service worker's runtime caches (service-worker/sw.ts). Shared with the page, which deletes
 * the private one itself (components/offline/), since Cache Storage is one per origin.
 */
export const OFFLINE_CACHES = {
  /** Home, listings and product pages: the last copy seen, for offline. */
  catalogPages: 'medinest-catalog-pages',
  productImages: 'medinest-product-images',
  /** The build's JS chunks (content-hashed), kept as pages load them. */
  appCode: 'medinest-app-code',
  /** The signed-in shopper's own order list and order pages; deleted at sign-out. */
  ownOrders: 'medinest-own-orders',
  /** The offline page in a language other than English, fetched when a page in it is first opened. */
  offlinePages: 'medinest-offline-pages',
} as const;

/** The Background Sync queues: cart additions and prescription photos made offline. */
export const CART_QUEUE = 'medinest-cart-additions';
export const PRESCRIPTION_QUEUE = 'medinest-prescription-uploads';

/** Messages between the page and the service worker. */
export const WORKER_MESSAGES = {
  /** Page → worker: the browser is online again, replay the queued cart additions now. */
  replayCart: 'MEDINEST_REPLAY_CART',
  /** Worker → pages: queued cart additions reached the server. */
  cartReplayed: 'MEDINEST_CART_REPLAYED',
  /** Worker → pages: queued prescription photos reached the server (with the last one's address). */
  prescriptionsReplayed: 'MEDINEST_PRESCRIPTIONS_REPLAYED',
  /** Page → worker: nobody is signed in; drop the prescription photos still waiting (health data). */
  forgetPrivate: 'MEDINEST_FORGET_PRIVATE',
} as const;
