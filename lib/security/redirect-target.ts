import { hasControlCharacters } from './control-characters';

const MAX_TARGET_LENGTH = 500;

/**
 * The one place a user-supplied redirect target (`?next=`, next-auth's callbackUrl, a sign-in
 * landing page) becomes a path: parsed against the shop's own URL the way a browser would, and kept
 * only when it stays on that origin. Anything else gives `fallback`. Browsers drop tabs and
 * newlines inside URLs and read `\` as `/`, so `/\t/evil.example` or `/\evil.example` would leave
 * the site: such targets are refused before parsing.
 */
export function sameOriginPath(target: unknown, appUrl: string, fallback = '/'): string {
  if (typeof target !== 'string' || target === '' || target.length > MAX_TARGET_LENGTH) return fallback;
  if (hasControlCharacters(target) || target.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(target, appUrl);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(appUrl).origin) return fallback;
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith('//')) return fallback;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page, coming back to `nextPath` afterwards (when that is a path on this site). */
export function loginPath(nextPath: string, appUrl: string): string {
  return `/login?next=${encodeURIComponent(sameOriginPath(nextPath, appUrl))}`;
}

/**
 * An absolute URL on APP_URL for a user-supplied target, for next-auth's `redirect` callback.
 * next-auth hands over targets already made absolute on the request's host (which behind a proxy,
 * or under `next start`, may be localhost:PORT): a target on that host keeps its path.
 */
export function appRedirectUrl(target: string, requestBaseUrl: string, appUrl: string): string {
  const path = sameOriginPath(target, requestBaseUrl, '') || sameOriginPath(target, appUrl);
  return new URL(path, appUrl).toString();
}
