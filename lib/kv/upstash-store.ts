import { Redis } from '@upstash/redis';
import { assertTtlSeconds, toJson, type IncrementResult, type KeyValueStore } from './types';

export interface UpstashConfig {
  url: string;
  token: string;
  /** Retries after a network failure; kept low so a health check notices an outage quickly. */
  retries?: number;
  /**
   * The most one call may take, retries included. A Redis that does not answer must fail fast:
   * sign-in then carries on with its in-process limits (security-fallback-store.ts).
   */
  timeoutMs?: number;
}

/** Shared store for any number of app instances, over Upstash's HTTP REST API. */
export class UpstashStore implements KeyValueStore {
  private readonly redis: Redis;

  constructor({ url, token, retries = 2, timeoutMs = 2_000 }: UpstashConfig) {
    this.redis = new Redis({
      url,
      token,
      // We write JSON text ourselves; the SDK's own guessing turns the string "123" into a number.
      automaticDeserialization: false,
      retry: { retries, backoff: (attempt) => 50 * 2 ** attempt },
      // A function, so each call gets a fresh deadline; the SDK then throws on it. (A plain signal
      // that fired would be answered with the string "Aborted" as if it were the result.)
      signal: () => AbortSignal.timeout(timeoutMs),
    });
  }

  async get<T>(key: string): Promise<T | null> {
    const json = await this.redis.get<string>(key);
    return json === null ? null : (JSON.parse(json) as T);
  }

  async set(key: string, value: unknown, options: { ttlSeconds?: number } = {}): Promise<void> {
    const json = toJson(value);
    if (options.ttlSeconds === undefined) {
      await this.redis.set(key, json);
    } else {
      assertTtlSeconds(options.ttlSeconds);
      await this.redis.set(key, json, { ex: options.ttlSeconds });
    }
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }

  // One MULTI/EXEC: no other client's command can land between INCR and EXPIRE, and EXPIRE NX only
  // starts the window when the key has no expiry yet, i.e. on the hit that created it.
  async increment(key: string, options: { ttlSeconds: number }): Promise<IncrementResult> {
    assertTtlSeconds(options.ttlSeconds);
    const [count, , ttlSeconds] = await this.redis
      .multi()
      .incr(key)
      .expire(key, options.ttlSeconds, 'NX')
      .ttl(key)
      .exec<[number, number, number]>();
    return { count, ttlSeconds };
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }
}
