import 'server-only';
import { db, type Database } from '@/db/client';
import { env } from '@/lib/env';
import { kv, type KeyValueStore } from '@/lib/kv';

/** What the account services need from the outside; tests pass their own store or clock. */
export type AuthDeps = { db: Database; store: KeyValueStore; now: () => Date; totpKey: string; appUrl: string };

export function authDeps(overrides: Partial<AuthDeps> = {}): AuthDeps {
  return { db, store: kv, now: () => new Date(), totpKey: env.TOTP_ENCRYPTION_KEY, appUrl: env.APP_URL, ...overrides };
}
