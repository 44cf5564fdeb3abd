// @ts-check
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { cacheMemoryBytes } from '../cache-handler/memory-bound.mjs';
import SharedCacheHandler from '../cache-handler/next-cache-handler.mjs';
import { hashedScriptPolicy } from '../security/inline-script-hashes.mjs';
import { buildContentSecurityPolicy } from '../security/page-policy.mjs';

/**
 * The one `cacheHandler` next.config.mjs names: Next's own in-process cache for a single instance,
 * the shared Redis cache (lib/cache-handler/) when UPSTASH_REDIS_REST_URL is set; either way every
 * stored page gets the script policy of its own inline scripts (see lib/security/inline-script-hashes.mjs).
 *
 * The policy is written onto the entry Next is about to send, so the first (MISS) response carries
 * it as well as every HIT; an entry without one (prerendered at build) gets it when read.
 */

const POLICY_HEADER = 'content-security-policy';

/** @typedef {{ kind?: string, html?: unknown, headers?: Record<string, unknown> }} PageValue */

/**
 * Hits and misses for /api/metrics (lib/observability/metrics.ts reads them): kept on globalThis
 * because Node loads this handler outside the bundles the metrics live in.
 * @param {boolean} hit
 */
function countCacheRead(hit) {
  const store = /** @type {{ medinestCacheReads?: { hit: number, miss: number } }} */ (globalThis);
  const reads = (store.medinestCacheReads ??= { hit: 0, miss: 0 });
  if (hit) reads.hit += 1;
  else reads.miss += 1;
}

/**
 * Two policies, both enforced: the one every cached page has (no frames, no plugins, forms to us
 * only …) and its own inline scripts' hashes. The first is stored too because the commonest
 * anonymous catalog pages are sent with no proxy run (lib/catalog/anonymous-pages.mjs). Their forms post to this
 * site only: no cached page carries a payment form.
 * @param {PageValue | null | undefined} value
 */
export function addHashedScriptPolicy(value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return;
  // An entry written before the page policy was stored with it has the hash policy alone.
  if (Array.isArray(value.headers?.[POLICY_HEADER])) return;
  const development = process.env.NODE_ENV === 'development';
  value.headers = {
    ...value.headers,
    [POLICY_HEADER]: [buildContentSecurityPolicy({ nonce: 'cached', development, formActionOrigins: [] }), hashedScriptPolicy(value.html, { development })],
  };
}

/**
 * @template {new (...args: any[]) => { get(...args: any[]): Promise<any>, set(key: string, value: any, ctx: any): Promise<any> }} T
 * @param {T} Base
 */
export function withHashedScriptPolicy(Base) {
  return class HashedScriptPolicyHandler extends Base {
    /** @param {any[]} args */
    async get(...args) {
      const entry = await super.get(...args);
      countCacheRead(Boolean(entry));
      addHashedScriptPolicy(entry?.value);
      return entry;
    }

    /**
     * @param {string} key
     * @param {PageValue | null} value
     * @param {unknown} ctx
     */
    async set(key, value, ctx) {
      addHashedScriptPolicy(value);
      return super.set(key, value, ctx);
    }
  };
}

/** @type {any} */
const fileSystemCache = fileSystemCacheModule;
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/**
 * Next's own cache kept in its memory LRU only, of CACHE_MEMORY_MB (lib/cache-handler/memory-bound.mjs):
 * pages rendered at run time are not written under .next/, so cached search pages cannot fill the
 * disk. Pages prerendered at build are still read from there.
 */
// Next makes a handler per request; the bound is read once, when the server starts.
const MEMORY_BYTES = cacheMemoryBytes();

class InProcessCache extends FileSystemCache {
  /** @param {Record<string, unknown>} ctx */
  constructor(ctx) {
    super({ ...ctx, flushToDisk: false, maxMemoryCacheSize: MEMORY_BYTES });
  }
}

// Read at `next start` as well as at build, so one build serves one instance or many.
/** @type {new (ctx: Record<string, unknown>) => { get(...args: any[]): Promise<any>, set(key: string, value: any, ctx: any): Promise<any> }} */
const Wrapped = /** @type {any} */ (process.env.UPSTASH_REDIS_REST_URL ? SharedCacheHandler : InProcessCache);
export default withHashedScriptPolicy(Wrapped);
