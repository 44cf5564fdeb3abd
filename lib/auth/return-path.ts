import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { safeNextPath } from './current-path';

/**
 * Where a shopper was going when they chose "Create an account" (usually /checkout). Registering
 * ends in an email link, so the path waits in a short-lived cookie for the "email confirmed" page
 * as well as travelling in the URL; it is checked to be a path on this site when set and when read.
 */
const RETURN_PATH_COOKIE = 'medinest.return-to';

export async function rememberReturnPath(next: unknown): Promise<string> {
  const path = safeNextPath(next);
  const jar = await cookies();
  if (path === '/') jar.delete(RETURN_PATH_COOKIE);
  else jar.set(RETURN_PATH_COOKIE, path, { httpOnly: true, sameSite: 'lax', secure: env.APP_URL.startsWith('https://'), path: '/', maxAge: 24 * 60 * 60 });
  return path;
}

export async function rememberedReturnPath(fallback: string): Promise<string> {
  const path = safeNextPath((await cookies()).get(RETURN_PATH_COOKIE)?.value);
  return path === '/' ? fallback : path;
}

/** `?next=…` for a link that must keep the return path, or nothing when it is the home page. */
export function nextQuery(path: string): string {
  return path === '/' ? '' : `?next=${encodeURIComponent(path)}`;
}
