/**
 * A stand-in for `next/cache` in integration tests that behaves like Next's data cache:
 * unstable_cache keeps each read under its key and tags until revalidateTag expires one of its
 * tags, so a write that forgets to expire shows stale data, as it would in the shop. Use with
 * `vi.mock('next/cache', async () => (await import('@/test-support/fake-next-cache')).fakeNextCache)`.
 */
type Entry = { value: unknown; tags: readonly string[] };
const entries = new Map<string, Entry>();

/** Every tag expired, with how many database transactions were still open at that moment. */
export const cacheLog = { expired: [] as { tag: string; openTransactions: number }[], openTransactions: 0 };

export const fakeNextCache = {
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string[], options: { tags?: string[] } = {}) =>
    async (...args: A): Promise<R> => {
      const cacheKey = JSON.stringify([key, args]);
      const hit = entries.get(cacheKey);
      if (hit) return structuredClone(hit.value) as R;
      const value = await fn(...args);
      entries.set(cacheKey, { value: structuredClone(value), tags: options.tags ?? [] });
      return value;
    },
  revalidateTag: (tag: string) => {
    cacheLog.expired.push({ tag, openTransactions: cacheLog.openTransactions });
    for (const [cacheKey, entry] of entries) if (entry.tags.includes(tag)) entries.delete(cacheKey);
  },
  revalidatePath: () => {},
};

/**
 * Counts `database.transaction` calls still running (not yet committed or rolled back), so a
 * test can check that cache expiry waited for the commit.
 */
export function trackOpenTransactions(database: { transaction: (...args: never[]) => Promise<unknown> }): void {
  const begin = database.transaction.bind(database) as (...args: unknown[]) => Promise<unknown>;
  Object.assign(database, {
    transaction: async (...args: unknown[]) => {
      cacheLog.openTransactions += 1;
      try {
        return await begin(...args);
      } finally {
        cacheLog.openTransactions -= 1;
      }
    },
  });
}

export function expiredTags(): string[] {
  return cacheLog.expired.map((e) => e.tag);
}

export function resetCacheLog(): void {
  cacheLog.expired.length = 0;
}
