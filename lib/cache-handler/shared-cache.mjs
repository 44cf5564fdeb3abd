// @ts-check
import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { CircuitBreaker } from './circuit-breaker.mjs';
import { GET_SCRIPT, REVALIDATE_SCRIPT, SET_SCRIPT } from './scripts.mjs';

/**
 * One cache for every instance of the shop, in the Upstash Redis the app already uses: entries and
 * one tag index, so a revalidation on any instance expires the entry everywhere on the next read
 * (each read checks the entry's tags in the same round trip). Nothing is served from the process
 * without Redis confirming it: an instance keeps a bounded copy of the entries it read or wrote, and
 * a read that Redis confirms is still that entry gets no value sent back (a page is hundreds of KB
 * of JSON through the REST API; measured, 50 concurrent reads of 50 KB entries through the test
 * bridge missed the 300 ms deadline and opened the breaker, so every page was rendered uncached).
 *
 * Bounded: every entry expires (at most `maxLifetimeSeconds`), entries over `maxEntryBytes` are not
 * stored, and the tag index forgets revalidations older than any entry can be. The tag index has
 * no expiry, so a `volatile-*` eviction policy can drop entries but never the index that judges them.
 *
 * Never in the way: Redis gets `timeoutMs` per call; after a failure the circuit breaker answers
 * "not cached" at once, probing again until Redis answers. Revalidations that could not be written
 * are kept and written before this instance trusts any entry again.
 */

/** A tag every entry carries implicitly: revalidated when this instance lost too many revalidations to list. */
export const EVERYTHING_TAG = '*everything*';
const MAX_PENDING_TAGS = 10_000;
/** A computation taking longer than this is abandoned; its start time is forgotten. */
const MAX_COMPUTE_MS = 60_000;
const MAX_TRACKED_READS = 10_000;

/**
 * @typedef {object} SharedCacheOptions
 * @property {string} url Upstash REST URL
 * @property {string} token Upstash REST token
 * @property {string} [prefix] prefix of every key, e.g. one per shop sharing a Redis
 * @property {string} [buildId] entries belong to one build (a deploy must not read the last one's pages); tags are shared by all builds
 * @property {number} [timeoutMs]
 * @property {number} [retryAfterMs]
 * @property {number} [maxRetryAfterMs]
 * @property {number} [maxLifetimeSeconds]
 * @property {number} [maxEntryBytes]
 * @property {number} [maxLocalBytes] how much of the entries it read or wrote this instance keeps (by stored length; the app passes CACHE_MEMORY_MB, memory-bound.mjs)
 * @property {(text: string) => unknown} [decode] what `get` returns for a stored value (decoded once per copy kept; default: the text)
 * @property {(message: string) => void} [log]
 */

/** @typedef {{ value: any, lastModified: number }} CacheHit */
/** @typedef {{ id: string, text: string, decoded?: { value: unknown } }} LocalCopy */

export class SharedCache {
  /** @param {SharedCacheOptions} options */
  constructor(options) {
    const timeoutMs = options.timeoutMs ?? 300;
    this.redis = new Redis({
      url: options.url,
      token: options.token,
      automaticDeserialization: false,
      enableAutoPipelining: false,
      // The breaker decides when to try again; a retry would only make a page wait longer.
      retry: false,
      // Upstash's default `no-store` would make Next treat every cached page that reads the cache
      // as dynamic ("Page changed from static to dynamic at runtime"); 'default' is left uncached
      // by Next without switching an ISR page to dynamic.
      cache: 'default',
      signal: () => AbortSignal.timeout(timeoutMs),
    });
    const prefix = options.prefix ?? 'medinest:next-cache:';
    this.entryPrefix = `${prefix}${options.buildId ?? 'build'}:e:`;
    this.tagIndexKey = `${prefix}tags`;
    this.maxLifetimeMs = (options.maxLifetimeSeconds ?? 86_400) * 1000;
    this.maxEntryBytes = options.maxEntryBytes ?? 1_000_000;
    this.maxLocalBytes = options.maxLocalBytes ?? 50_000_000;
    this.decode = options.decode ?? ((text) => text);
    /** @type {Map<string, LocalCopy>} least recently used first */
    this.local = new Map();
    this.localBytes = 0;
    const log = options.log ?? ((message) => console.warn(message));
    this.breaker = new CircuitBreaker({
      timeoutMs,
      retryAfterMs: options.retryAfterMs,
      maxRetryAfterMs: options.maxRetryAfterMs,
      onOpen: (error) => log(`[shared cache] Redis unreachable, pages are rendered uncached until it answers: ${error instanceof Error ? error.message : String(error)}`),
      onClose: () => log('[shared cache] Redis answers again; the shared cache is back on'),
    });
    /** @type {Set<string>} revalidations Redis has not recorded yet */
    this.pendingTags = new Set();
    /**
     * When the computations now running for a key began (Redis ms): the earliest, and how many.
     * An entry is stamped with the earliest, so a revalidation during any of them expires it.
     * @type {Map<string, { began: number, seenAt: number, running: number }>}
     */
    this.reads = new Map();
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.retryTimer = undefined;
  }

  /**
   * The stored value, or null (missing, revalidated, Redis down). `readerTags` are checked along
   * with the entry's own tags (Next's implicit tags of the page reading it).
   * @param {string} key
   * @param {readonly string[]} [readerTags]
   * @returns {Promise<CacheHit | null>}
   */
  async get(key, readerTags = []) {
    // Until lost revalidations are written, any entry may be one of those they expire.
    if (this.pendingTags.size > 0 && !(await this.writePendingTags())) return null;
    const copy = this.local.get(key);
    /** @type {unknown[] | null} */
    const reply = await this.breaker.run(() => this.redis.eval(GET_SCRIPT, [this.entryKey(key), this.tagIndexKey], [copy?.id ?? '', ...readerTags, EVERYTHING_TAG]), null);
    if (!reply) return null;
    const [found, redisNow, began, value, id] = reply;
    /** @type {LocalCopy | undefined} */
    let current;
    if (found === 2 && copy) current = copy;
    else if (found === 1 && typeof value === 'string') current = { id: typeof id === 'string' ? id : '', text: value };
    if (!current) {
      this.forgetLocal(key);
      this.noteComputation(key, Number(redisNow));
      return null;
    }
    if (this.local.get(key) === current) this.touchLocal(key, current);
    else this.keepLocal(key, current);
    try {
      current.decoded ??= { value: this.decode(current.text) };
    } catch {
      this.forgetLocal(key);
      return null;
    }
    // Next measures an entry's age with this process's clock; translate from Redis's.
    return { value: current.decoded.value, lastModified: Date.now() - (Number(redisNow) - Number(began)) };
  }

  /**
   * @param {string} key
   * @param {LocalCopy} copy
   */
  keepLocal(key, copy) {
    this.forgetLocal(key);
    // Without an id Redis could not tell this copy is current (an entry stored before ids were kept).
    if (!copy.id || copy.text.length > this.maxLocalBytes) return;
    this.local.set(key, copy);
    this.localBytes += copy.text.length;
    for (const [oldest, old] of this.local) {
      if (this.localBytes <= this.maxLocalBytes) break;
      this.local.delete(oldest);
      this.localBytes -= old.text.length;
    }
  }

  /**
   * Most recently used now.
   * @param {string} key
   * @param {LocalCopy} copy
   */
  touchLocal(key, copy) {
    this.local.delete(key);
    this.local.set(key, copy);
  }

  /** @param {string} key */
  forgetLocal(key) {
    const copy = this.local.get(key);
    if (!copy) return;
    this.local.delete(key);
    this.localBytes -= copy.text.length;
  }

  /**
   * @param {string} key
   * @param {string} value
   * @param {{ tags: readonly string[], lifetimeSeconds: number }} options
   * @returns {Promise<boolean>} whether it was stored
   */
  async set(key, value, { tags, lifetimeSeconds }) {
    const began = this.takeComputation(key);
    if (Buffer.byteLength(value) > this.maxEntryBytes) return false;
    const lifetimeMs = Math.min(Math.max(1, lifetimeSeconds) * 1000, this.maxLifetimeMs);
    const id = randomUUID();
    const stored = await this.breaker.run(() => this.redis.eval(SET_SCRIPT, [this.entryKey(key)], [value, JSON.stringify(tags), began, lifetimeMs, id]), 0);
    if (stored === 1) this.keepLocal(key, { id, text: value });
    else this.forgetLocal(key);
    return stored === 1;
  }

  /**
   * Marks the tags revalidated for every instance. Never rejects: when Redis cannot be reached the
   * tags are kept and written before this instance reads an entry again.
   * @param {readonly string[]} tags
   * @returns {Promise<boolean>} whether Redis has them now
   */
  async revalidate(tags) {
    for (const tag of tags) this.pendingTags.add(tag);
    if (this.pendingTags.size > MAX_PENDING_TAGS) this.pendingTags = new Set([EVERYTHING_TAG]);
    return this.writePendingTags();
  }

  async writePendingTags() {
    if (this.pendingTags.size === 0) return true;
    const tags = [...this.pendingTags];
    // Entries live at most maxLifetime after they began: a revalidation older than twice that expires nothing.
    const written = await this.breaker.run(async () => (await this.redis.eval(REVALIDATE_SCRIPT, [this.tagIndexKey], [2 * this.maxLifetimeMs, ...tags]), true), false);
    if (written) for (const tag of tags) this.pendingTags.delete(tag);
    else this.retryPendingTagsLater();
    return written;
  }

  /**
   * Other instances learn of a revalidation only from Redis, so one that failed is retried on a
   * timer too, not only on this instance's next read (an admin instance may get no more traffic).
   */
  retryPendingTagsLater() {
    if (this.retryTimer) return;
    const wait = Math.max(this.breaker.retryAt - Date.now(), 50);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.writePendingTags();
    }, wait);
    this.retryTimer.unref?.();
  }

  /** @param {string} key */
  entryKey(key) {
    return `${this.entryPrefix}${key}`;
  }

  /**
   * @param {string} key
   * @param {number} began
   */
  noteComputation(key, began) {
    const now = Date.now();
    const running = this.reads.get(key);
    if (running && now - running.seenAt < MAX_COMPUTE_MS) {
      running.running += 1;
      return;
    }
    if (this.reads.size >= MAX_TRACKED_READS) this.forgetAbandoned(now);
    this.reads.set(key, { began, seenAt: now, running: 1 });
  }

  /**
   * @param {string} key
   * @returns {number} 0 when no computation was seen starting (Redis then stamps the entry "now")
   */
  takeComputation(key) {
    const running = this.reads.get(key);
    if (!running) return 0;
    running.running -= 1;
    if (running.running <= 0) this.reads.delete(key);
    return running.began;
  }

  /** @param {number} now */
  forgetAbandoned(now) {
    for (const [key, running] of this.reads) if (now - running.seenAt >= MAX_COMPUTE_MS) this.reads.delete(key);
    // Still full of live ones: drop the oldest; its entry is then stamped "now", as without tracking.
    while (this.reads.size >= MAX_TRACKED_READS) {
      const oldest = this.reads.keys().next().value;
      if (oldest === undefined) break;
      this.reads.delete(oldest);
    }
  }
}
