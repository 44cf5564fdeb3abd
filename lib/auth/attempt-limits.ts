import type { KeyValueStore } from '@/lib/kv/types';
import { rateLimit } from '@/lib/kv/rate-limit';
import { RateLimitedError } from './errors';

/**
 * Failure-counting locks: after `maxFailures` failures within the window, every further attempt
 * is refused until the window ends, even a correct one, so guessing cannot continue in the
 * background. Only failures count, so a user who types correctly is never slowed down.
 */
export type FailureLimit = { maxFailures: number; windowSeconds: number };

export const SIGN_IN_LIMIT: FailureLimit = { maxFailures: 5, windowSeconds: 15 * 60 };
export const TWO_FACTOR_LIMIT: FailureLimit = { maxFailures: 5, windowSeconds: 15 * 60 };

type Lock = { until: number };

export async function assertNotLocked(store: KeyValueStore, scopes: string[], now = Date.now()): Promise<void> {
  for (const scope of scopes) {
    const lock = await store.get<Lock>(`lock:${scope}`);
    if (lock && lock.until > now) throw new RateLimitedError(Math.ceil((lock.until - now) / 1000));
  }
}

export async function recordFailure(store: KeyValueStore, scopes: string[], limit: FailureLimit, now = Date.now()): Promise<void> {
  for (const scope of scopes) {
    const { count, ttlSeconds } = await store.increment(`failures:${scope}`, { ttlSeconds: limit.windowSeconds });
    if (count >= limit.maxFailures) {
      const seconds = Math.max(1, ttlSeconds);
      await store.set(`lock:${scope}`, { until: now + seconds * 1000 } satisfies Lock, { ttlSeconds: seconds });
    }
  }
}

/** A success ends a run of failures for that scope (the account, not the IP). */
export async function clearFailures(store: KeyValueStore, scopes: string[]): Promise<void> {
  for (const scope of scopes) await store.delete(`failures:${scope}`);
}

/** Plain request limits (registration, reset requests): every request counts. */
export async function assertWithinRate(store: KeyValueStore, key: string, limit: { limit: number; windowSeconds: number }): Promise<void> {
  const result = await rateLimit(store, key, limit);
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}

export function signInScopes(email: string, ip: string | null): string[] {
  return [`sign-in:account:${email.toLowerCase()}`, ...(ip ? [`sign-in:ip:${ip}`] : [])];
}
