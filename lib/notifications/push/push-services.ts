/**
 * Where the shop sends Web Push messages: the push services of the browsers (Chrome and Edge's
 * FCM, Firefox's Mozilla service, Safari's Apple service, Windows' WNS), and the origins
 * PUSH_SERVICE_ORIGINS adds (tests, a self-hosted service). A subscription naming anything else
 * is refused when saved, so the server never posts to an address a shopper made up.
 */
const BROWSER_PUSH_HOSTS = [/^fcm\.googleapis\.com$/, /^android\.googleapis\.com$/, /^[a-z0-9-]+\.push\.services\.mozilla\.com$/, /^web\.push\.apple\.com$/, /^[a-z0-9-]+\.notify\.windows\.com$/];

export function isAcceptedPushService(endpoint: string, extraOrigins: readonly string[]): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.protocol !== 'https:') return false;
  if (extraOrigins.includes(url.origin)) return true;
  return url.port === '' && BROWSER_PUSH_HOSTS.some((host) => host.test(url.hostname));
}
