import 'server-only';
import { env } from '@/lib/env';
import { accessTokenKey } from './tokens/access-token';
import type { TokenDeps } from './tokens/refresh-tokens';
import { db } from '@/db/client';

let key: Uint8Array | undefined;

/** The access-token key for this process, derived once from AUTH_SECRET. */
export function apiAccessKey(): Uint8Array {
  return (key ??= accessTokenKey(env.AUTH_SECRET));
}

export function tokenDeps(): TokenDeps {
  return { db, accessKey: apiAccessKey(), now: () => new Date() };
}
