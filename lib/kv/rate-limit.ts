import { metrics } from '@/lib/observability/metrics';
import type { KeyValueStore } from './types';

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  /** 0 when allowed; otherwise whole seconds until the window resets. */
  retryAfterSeconds: number;
  /** Whole seconds until the window resets, allowed or not (the API's RateLimit header). */
  resetSeconds: number;
}

/**
 * Fixed-window limit: the first hit opens a window of `windowSeconds`, and within it the hit that
 * takes the count past `limit` is refused. Refused hits still count, so hammering does not help.
 */
export async function rateLimit(
  store: KeyValueStore,
  key: string,
  { limit, windowSeconds, name }: { limit: number; windowSeconds: number; /** The limit's name in metrics; default: the key's first part. */ name?: string },
): Promise<RateLimitResult> {
  const { count, ttlSeconds } = await store.increment(`rate-limit:${key}`, { ttlSeconds: windowSeconds });
  const allowed = count <= limit;
  // Labelled by the limit's name, never by who was limited.
  if (!allowed) metrics.rateLimitRefusals.inc({ limit: name ?? key.split(':')[0] ?? 'unknown' });
  return {
    allowed,
    remaining: Math.max(0, limit - count),
    // Redis rounds TTL to the nearest second, so it can read 0 while the window is still open.
    retryAfterSeconds: allowed ? 0 : Math.max(1, ttlSeconds),
    resetSeconds: Math.max(1, ttlSeconds),
  };
}
