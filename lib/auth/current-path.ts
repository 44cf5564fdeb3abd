import 'server-only';
import { headers } from 'next/headers';
import { PATHNAME_HEADER } from './path-header';

/** A same-site path to come back to after signing in, or '/' for anything that looks off-site. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export async function currentPath(): Promise<string> {
  return safeNextPath((await headers()).get(PATHNAME_HEADER));
}

export function loginUrl(nextPath: string): string {
  return `/login?next=${encodeURIComponent(safeNextPath(nextPath))}`;
}
