/**
 * The cache / rate-limit store. Upstash Redis in production, process memory on a laptop; callers
 * never know which. Values must survive JSON.stringify/parse: they cross the network in production.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | null>;
  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Atomically adds one. The expiry is set only when the key has none (it was just created), so the
   * window is fixed from the first hit rather than sliding with every hit.
   */
  increment(key: string, options: { ttlSeconds: number }): Promise<IncrementResult>;
  /** Resolves when the store answers; throws when it is down. */
  ping(): Promise<void>;
}

export interface IncrementResult {
  count: number;
  /** Seconds until the window's key expires. */
  ttlSeconds: number;
}

/** Redis accepts only whole, positive seconds; the memory store holds itself to the same rule. */
export function assertTtlSeconds(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new RangeError(`ttlSeconds must be a positive whole number, got ${ttlSeconds}`);
  }
}

/** Both stores keep the JSON text, so a read never hands back the caller's own mutable object. */
export function toJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('KeyValueStore values must be JSON-serialisable');
  return json;
}
