// @ts-check
/**
 * Keeps a cache from waiting on a Redis that does not answer. Every call gets a deadline; after
 * `failuresToOpen` failures in a row the breaker opens and calls return their fallback at once (the
 * page is rendered from the database instead), then it lets one call through as a probe after
 * `retryAfterMs`, doubling the wait up to `maxRetryAfterMs` while Redis stays down. The first
 * success closes it again.
 *
 * Not on the first failure: on a busy server one slow answer is not an outage, and opening on it
 * turns every page for the next `retryAfterMs` into a render, which makes the server busier still
 * (measured: two instances, nginx and the load generator on 2 cores opened it 21 times in one 10 s
 * run at 50 connections). A Redis that is down fails every call, so three in a row come within the
 * first moment of an outage.
 *
 * Plain JavaScript with JSDoc types: Next imports the cache handler with Node at run time, unbundled.
 */

export class CircuitBreaker {
  /**
   * @param {{ timeoutMs?: number, failuresToOpen?: number, retryAfterMs?: number, maxRetryAfterMs?: number, now?: () => number,
   *   onOpen?: (error: unknown) => void, onClose?: () => void }} [options]
   */
  constructor(options = {}) {
    this.timeoutMs = options.timeoutMs ?? 300;
    this.failuresToOpen = Math.max(1, options.failuresToOpen ?? 3);
    this.failuresInARow = 0;
    this.retryAfterMs = options.retryAfterMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 2000;
    this.now = options.now ?? Date.now;
    this.onOpen = options.onOpen ?? (() => {});
    this.onClose = options.onClose ?? (() => {});
    /** @type {'closed' | 'open' | 'probing'} */
    this.state = 'closed';
    this.openedFor = 0;
    this.retryAt = 0;
  }

  /** Whether a call may go to Redis now; while open, only one probe at a time after the wait. */
  allows() {
    if (this.state === 'closed') return true;
    if (this.state === 'probing' || this.now() < this.retryAt) return false;
    this.state = 'probing';
    return true;
  }

  /**
   * Runs `call` with an AbortSignal that fires at the deadline; resolves to its result, or to
   * `fallback` when the breaker is open, the call fails, or the deadline passes. Never rejects.
   * @template T
   * @param {(signal: AbortSignal) => Promise<T>} call
   * @param {T} fallback
   * @returns {Promise<T>}
   */
  async run(call, fallback) {
    if (!this.allows()) return fallback;
    const controller = new AbortController();
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`Redis did not answer within ${this.timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, this.timeoutMs);
    });
    try {
      const result = await Promise.race([call(controller.signal), deadline]);
      this.succeeded();
      return /** @type {T} */ (result);
    } catch (error) {
      this.failed(error);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  succeeded() {
    this.failuresInARow = 0;
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.openedFor = 0;
    this.onClose();
  }

  /** @param {unknown} error */
  failed(error) {
    const wasClosed = this.state === 'closed';
    this.failuresInARow += 1;
    if (wasClosed && this.failuresInARow < this.failuresToOpen) return;
    // A failed probe doubles the wait; the failure that opens it waits retryAfterMs.
    this.openedFor = wasClosed ? this.retryAfterMs : Math.min(this.openedFor * 2, this.maxRetryAfterMs);
    this.retryAt = this.now() + this.openedFor;
    this.state = 'open';
    if (wasClosed) this.onOpen(error);
  }

  get isOpen() {
    return this.state !== 'closed';
  }
}
