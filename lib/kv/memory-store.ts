import { isSecurityKey } from './security-keys';
import { assertTtlSeconds, toJson, type IncrementResult, type KeyValueStore } from './types';

interface Entry {
  json: string;
  /** Epoch milliseconds; null means it never expires. */
  expiresAt: number | null;
}

/**
 * Process-local store for a single instance (development, tests, SINGLE_INSTANCE=1). Cache entries
 * live in a map capped at `maxEntries`, which drops its oldest once full. Security keys (locks,
 * failure counts, rate limits, used codes; see security-keys.ts) live apart with no count cap, so no
 * number of cache writes can push one out; they must carry a TTL and are swept once expired.
 */
export class MemoryStore implements KeyValueStore {
  private readonly cache = new Map<string, Entry>();
  private readonly security = new Map<string, Entry>();
  private nextSecuritySweepAt: number;

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.nextSecuritySweepAt = maxEntries;
  }

  async get<T>(key: string): Promise<T | null> {
    const entry = this.live(key);
    return entry ? (JSON.parse(entry.json) as T) : null;
  }

  async set(key: string, value: unknown, options: { ttlSeconds?: number } = {}): Promise<void> {
    if (options.ttlSeconds !== undefined) assertTtlSeconds(options.ttlSeconds);
    else if (isSecurityKey(key)) throw new RangeError(`${key} guards an account and needs a TTL`);
    const expiresAt = options.ttlSeconds === undefined ? null : this.now() + options.ttlSeconds * 1000;
    this.write(key, { json: toJson(value), expiresAt });
  }

  async delete(key: string): Promise<void> {
    this.mapFor(key).delete(key);
  }

  // Atomic without locks: nothing here awaits, so no other call can interleave.
  async increment(key: string, options: { ttlSeconds: number }): Promise<IncrementResult> {
    assertTtlSeconds(options.ttlSeconds);
    const entry = this.live(key);
    const previous = entry ? JSON.parse(entry.json) : 0;
    if (!Number.isInteger(previous)) throw new TypeError(`value at ${key} is not an integer`);
    const count = previous + 1;
    const expiresAt = entry?.expiresAt ?? this.now() + options.ttlSeconds * 1000;
    this.write(key, { json: String(count), expiresAt });
    return { count, ttlSeconds: Math.ceil((expiresAt - this.now()) / 1000) };
  }

  async ping(): Promise<void> {}

  private mapFor(key: string): Map<string, Entry> {
    return isSecurityKey(key) ? this.security : this.cache;
  }

  private live(key: string): Entry | undefined {
    const entries = this.mapFor(key);
    const entry = entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, entry: Entry): void {
    const entries = this.mapFor(key);
    // Re-inserting moves the key to the end, so iteration order is oldest write first.
    entries.delete(key);
    entries.set(key, entry);
    if (entries === this.security) {
      if (entries.size > this.nextSecuritySweepAt) this.sweepSecurity();
    } else if (entries.size > this.maxEntries) {
      this.evictCache();
    }
  }

  // Only expired entries go; the next sweep waits until the map has doubled, so sweeps stay rare.
  private sweepSecurity(): void {
    dropExpired(this.security, this.now());
    this.nextSecuritySweepAt = Math.max(this.maxEntries, this.security.size * 2);
  }

  private evictCache(): void {
    dropExpired(this.cache, this.now());
    // Trim to 90% so a full map does not pay for a sweep on every single write.
    const target = Math.floor(this.maxEntries * 0.9);
    for (const key of this.cache.keys()) {
      if (this.cache.size <= target) break;
      this.cache.delete(key);
    }
  }
}

function dropExpired(entries: Map<string, Entry>, now: number): void {
  for (const [key, entry] of entries) {
    if (entry.expiresAt !== null && entry.expiresAt <= now) entries.delete(key);
  }
}
