// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheMemoryBytes } from './memory-bound.mjs';
import { deserialize, serialize } from './serialize.mjs';
import { SharedCache } from './shared-cache.mjs';

/**
 * Next's `cacheHandler` (unstable_cache, fetch and the full-route cache) on the shared Redis cache.
 * next.config.mjs names this file only when UPSTASH_REDIS_REST_URL is set; without it Next keeps
 * its default in-process cache, which is right for one instance.
 *
 * Next creates a handler per request, so the cache itself (client, circuit breaker, lost
 * revalidations) is one per process.
 */

const TAGS_HEADER = 'x-next-cache-tags';
const MAX_LIFETIME_SECONDS = 86_400;

/**
 * @typedef {{ kind?: string, tags?: string[], softTags?: string[], revalidate?: number | false,
 *   cacheControl?: { revalidate?: number | false, expire?: number } }} HandlerContext
 * @typedef {{ kind?: string, tags?: string[], revalidate?: number | false,
 *   headers?: Record<string, unknown> } | null} CacheValue
 */

/**
 * @param {CacheValue} value
 * @param {HandlerContext} ctx
 */
function tagsOf(value, ctx) {
  if (!value) return [];
  if (value.kind === 'FETCH') return value.tags ?? ctx.tags ?? [];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

/**
 * How long an entry may be served, in seconds; 0 = do not store. A data entry lives until its
 * `revalidate`; a page until its `expire` (Next serves it stale-while-revalidate in between).
 * @param {CacheValue} value
 * @param {HandlerContext} ctx
 */
export function lifetimeOf(value, ctx) {
  const revalidate = value?.kind === 'FETCH' ? (ctx.revalidate ?? value.revalidate) : (ctx.cacheControl?.expire ?? ctx.cacheControl?.revalidate);
  if (revalidate === 0) return 0;
  return typeof revalidate === 'number' ? Math.min(Math.ceil(revalidate), MAX_LIFETIME_SECONDS) : MAX_LIFETIME_SECONDS;
}

/**
 * The shared cache as the handler needs it: values decoded from what set() stores, once per copy an
 * instance keeps, not on every read (an unreadable one is a miss).
 * @param {Omit<import('./shared-cache.mjs').SharedCacheOptions, 'decode'>} options
 */
export function sharedCacheForNext(options) {
  return new SharedCache({ ...options, decode: deserialize });
}

/**
 * A handler class over the given cache (tests pass their own, from sharedCacheForNext; the default export reads the environment).
 * @param {(ctx: { serverDistDir?: string }) => SharedCache} cacheFor
 */
export function createCacheHandler(cacheFor) {
  return class SharedCacheHandler {
    /** @param {{ serverDistDir?: string }} ctx */
    constructor(ctx) {
      this.cache = cacheFor(ctx);
    }

    /**
     * @param {string} key
     * @param {HandlerContext} ctx
     */
    async get(key, ctx) {
      const readerTags = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const hit = await this.cache.get(key, readerTags);
      if (!hit) return null;
      const stored = /** @type {{ value: CacheValue, cacheControl?: unknown }} */ (hit.value);
      return { lastModified: hit.lastModified, value: stored.value, cacheControl: stored.cacheControl };
    }

    /**
     * @param {string} key
     * @param {CacheValue} value
     * @param {HandlerContext} ctx
     */
    async set(key, value, ctx) {
      const lifetimeSeconds = lifetimeOf(value, ctx);
      if (lifetimeSeconds === 0) return;
      await this.cache.set(key, serialize({ value, cacheControl: ctx.cacheControl }), { tags: tagsOf(value, ctx), lifetimeSeconds });
    }

    /** @param {string | string[]} tags */
    async revalidateTag(tags) {
      // Durations are ignored: a stale-while-revalidate profile expires at once, never serving a stale price.
      await this.cache.revalidate(typeof tags === 'string' ? [tags] : tags);
    }

    resetRequestCache() {}
  };
}

/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  const file = serverDistDir ? path.join(serverDistDir, '..', 'BUILD_ID') : undefined;
  return file && existsSync(file) ? readFileSync(file, 'utf8').trim() : 'development';
}

const globalForCache = /** @type {typeof globalThis & { medinestSharedCache?: SharedCache }} */ (globalThis);

/** @param {{ serverDistDir?: string }} ctx */
function cacheFromEnvironment(ctx) {
  if (globalForCache.medinestSharedCache) return globalForCache.medinestSharedCache;
  // lib/env.ts validates these at start-up; this file runs outside the app bundle and reads them itself.
  const url = process.env.UPSTASH_REDIS_REST_URL;
  const token = process.env.UPSTASH_REDIS_REST_TOKEN;
  if (!url || !token) throw new Error('The shared cache needs UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN');
  globalForCache.medinestSharedCache = sharedCacheForNext({
    url,
    token,
    prefix: process.env.CACHE_KEY_PREFIX || undefined,
    timeoutMs: Number(process.env.CACHE_REDIS_TIMEOUT_MS) || undefined,
    buildId: buildIdOf(ctx.serverDistDir),
    maxLifetimeSeconds: MAX_LIFETIME_SECONDS,
    maxLocalBytes: cacheMemoryBytes(),
  });
  return globalForCache.medinestSharedCache;
}

export default createCacheHandler(cacheFromEnvironment);
