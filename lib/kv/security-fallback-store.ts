import { MemoryStore } from './memory-store';
import { isSecurityKey } from './security-keys';
import type { IncrementResult, KeyValueStore } from './types';

/**
 * Keeps sign-in working through a Redis outage. Locks, failure counts and rate limits (the
 * security keys) live in the shared store; when it fails, they are counted in this process instead,
 * with the same limits and windows, until the shared store answers again. So a correct password
 * still signs in, and guessing is still limited: per instance rather than across all of them, and
 * locks set in Redis before the outage are not seen until it is back. That trade is written down in
 * the README ("When Redis or PostgreSQL is down"). Every other key (caches, enrolment secrets)
 * still fails as before: their callers decide what an outage means for them.
 *
 * After a failure the shared store is skipped for `retrySharedAfterMs`, so a sign-in during an
 * outage pays the shared store's timeout once, not once per key.
 */
export class SecurityFallbackStore implements KeyValueStore {
  private sharedDownUntil = 0;
  private readonly local: KeyValueStore;
  private readonly now: () => number;

  constructor(
    private readonly shared: KeyValueStore,
    private readonly options: {
      local?: KeyValueStore;
      retrySharedAfterMs?: number;
      onFallback?: (error: unknown, key: string) => void;
      now?: () => number;
    } = {},
  ) {
    this.local = options.local ?? new MemoryStore();
    this.now = options.now ?? Date.now;
  }

  get<T>(key: string): Promise<T | null> {
    return this.route(key, (store) => store.get<T>(key));
  }

  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void> {
    return this.route(key, (store) => store.set(key, value, options));
  }

  delete(key: string): Promise<void> {
    return this.route(key, (store) => store.delete(key));
  }

  increment(key: string, options: { ttlSeconds: number }): Promise<IncrementResult> {
    return this.route(key, (store) => store.increment(key, options));
  }

  /** The shared store's health: the health check reports Redis down even while sign-in carries on. */
  ping(): Promise<void> {
    return this.shared.ping();
  }

  private async route<T>(key: string, operation: (store: KeyValueStore) => Promise<T>): Promise<T> {
    if (!isSecurityKey(key)) return operation(this.shared);
    if (this.now() < this.sharedDownUntil) return operation(this.local);
    try {
      return await operation(this.shared);
    } catch (error) {
      // A bad TTL is a programming error, not an outage (a refused connection is a TypeError from fetch).
      if (error instanceof RangeError) throw error;
      this.sharedDownUntil = this.now() + (this.options.retrySharedAfterMs ?? 2_000);
      this.options.onFallback?.(error, key);
      return operation(this.local);
    }
  }
}
