import { assertTtlSeconds, toJson, type IncrementResult, type KeyValueStore } from './types';

interface Entry {
  json: string;
  /** Epoch milliseconds; null means it never expires. */
  expiresAt: number | null;
}

/**
 * Process-local store for a single instance (development, tests). Expired entries are dropped when
 * read, and the whole map is swept before the cap forces out the oldest entries, so memory stays
 * bounded even when keys are never read again (e.g. one rate-limit key per visitor IP).
 */
export class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string): Promise<T | null> {
    const entry = this.live(key);
    return entry ? (JSON.parse(entry.json) as T) : null;
  }

  async set(key: string, value: unknown, options: { ttlSeconds?: number } = {}): Promise<void> {
    if (options.ttlSeconds !== undefined) assertTtlSeconds(options.ttlSeconds);
    const expiresAt = options.ttlSeconds === undefined ? null : this.now() + options.ttlSeconds * 1000;
    this.write(key, { json: toJson(value), expiresAt });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
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

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, entry: Entry): void {
    // Re-inserting moves the key to the end, so iteration order is oldest write first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.evict();
  }

  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.entries.delete(key);
    }
    // Trim to 90% so a full map does not pay for a sweep on every single write.
    const target = Math.floor(this.maxEntries * 0.9);
    if (this.entries.size <= target) return;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= target) break;
      this.entries.delete(key);
    }
  }
}
