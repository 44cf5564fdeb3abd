import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { loginPath, sameOriginPath } from '@/lib/security/redirect-target';
import { PATHNAME_HEADER } from './path-header';

/** A path on this site to come back to after signing in, or '/' (lib/security/redirect-target decides). */
export function safeNextPath(value: unknown): string {
  return sameOriginPath(value, env.APP_URL);
}

export async function currentPath(): Promise<string> {
  return safeNextPath((await headers()).get(PATHNAME_HEADER));
}

export function loginUrl(nextPath: string): string {
  return loginPath(nextPath, env.APP_URL);
}
