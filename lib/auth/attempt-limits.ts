import type { KeyValueStore } from '@/lib/kv/types';
import { rateLimit } from '@/lib/kv/rate-limit';
import { RateLimitedError } from './errors';

/**
 * Failure counting. A lock refuses every attempt, even a correct one, until its window ends, so
 * guessing cannot go on in the background; it guards scopes an attacker owns (their address, their
 * address with one account). An account alone is only slowed down with growing delays, so someone
 * typing wrong passwords at a pharmacist's email cannot lock the pharmacist out. Only failures
 * count, so a user who types correctly is never slowed down.
 */
export type FailureLimit = {
  maxFailures: number;
  windowSeconds: number;
  /** Past maxFailures, wait 1 s, 2 s, 4 s … up to this, instead of a lock for the rest of the window. */
  growingDelayCapSeconds?: number;
};

export const SIGN_IN_LIMIT: FailureLimit = { maxFailures: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_ACCOUNT_SLOWDOWN: FailureLimit = { maxFailures: 5, windowSeconds: 15 * 60, growingDelayCapSeconds: 60 };
export const TWO_FACTOR_LIMIT: FailureLimit = { maxFailures: 5, windowSeconds: 15 * 60 };

type Lock = { until: number };

/** Refuses (RateLimitedError with the wait) while any scope is locked or delayed; the password is not looked at. */
export async function assertNotLocked(store: KeyValueStore, scopes: string[], now = Date.now()): Promise<void> {
  for (const scope of scopes) {
    const lock = await store.get<Lock>(`lock:${scope}`);
    if (lock && lock.until > now) throw new RateLimitedError(Math.ceil((lock.until - now) / 1000));
  }
}

export async function recordFailure(store: KeyValueStore, scopes: string[], limit: FailureLimit, now = Date.now()): Promise<void> {
  for (const scope of scopes) {
    const { count, ttlSeconds } = await store.increment(`failures:${scope}`, { ttlSeconds: limit.windowSeconds });
    if (count < limit.maxFailures) continue;
    const seconds =
      limit.growingDelayCapSeconds === undefined
        ? Math.max(1, ttlSeconds)
        : Math.min(limit.growingDelayCapSeconds, 2 ** Math.min(30, count - limit.maxFailures));
    // `until` decides; the TTL only cleans up, with a second's slack so it never ends a lock early.
    await store.set(`lock:${scope}`, { until: now + seconds * 1000 } satisfies Lock, { ttlSeconds: seconds + 1 });
  }
}

/** A success ends a run of failures for those scopes (the account's, never the address's). */
export async function clearFailures(store: KeyValueStore, scopes: string[]): Promise<void> {
  for (const scope of scopes) await store.delete(`failures:${scope}`);
}

/** Plain request limits (registration, reset requests): every request counts. */
export async function assertWithinRate(store: KeyValueStore, key: string, limit: { limit: number; windowSeconds: number }): Promise<void> {
  const result = await rateLimit(store, key, limit);
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}

/** Requests whose address cannot be known share one key: per-address limits still apply to them. */
export function ipLimitKey(ip: string | null): string {
  return ip ?? 'unknown';
}

export type SignInScopes = { account: string; locks: string[] };

/** The account is slowed down; the address, and the address with this account, are locked. */
export function signInScopes(email: string, ip: string | null): SignInScopes {
  const account = email.toLowerCase();
  const address = ipLimitKey(ip);
  return { account: `sign-in:account:${account}`, locks: [`sign-in:ip:${address}`, `sign-in:ip-account:${address}:${account}`] };
}
