// @ts-check
/**
 * How much of Next's cache one instance keeps in memory, in bytes: Next's own LRU when it runs
 * alone, the local copies of the shared cache's entries when Redis is shared (shared-cache.mjs).
 *
 * Next's default, 50 MB, is too small for a catalog: an anonymous product page is one entry of
 * about 150–200 KB (its HTML, its RSC payload and the payload per route segment), so 50 MB holds
 * some 300 pages. A shopper's traffic over a few hundred more pages than that evicts each page just
 * before it is asked for again: measured with 400 product pages read in turn at 100 000 products,
 * every read missed and every page was rendered (62 req/s instead of the cached pages' ~700).
 * 256 MB holds some 1 300 product pages beside the listings and data entries, a small share of a
 * server's memory; a shop with a wider hot set raises CACHE_MEMORY_MB.
 *
 * Read from the environment when the server starts, not from next.config.mjs, because the
 * standalone server keeps the config it was built with.
 */
export const DEFAULT_CACHE_MEMORY_MB = 256;

/** @param {NodeJS.ProcessEnv} [environment] */
export function cacheMemoryBytes(environment = process.env) {
  const megabytes = Number(environment.CACHE_MEMORY_MB);
  return (Number.isInteger(megabytes) && megabytes > 0 ? megabytes : DEFAULT_CACHE_MEMORY_MB) * 1024 * 1024;
}
