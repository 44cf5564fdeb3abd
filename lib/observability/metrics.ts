import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { StatementObserver } from '@/db/traced-sql';

/**
 * The process's Prometheus metrics, served by /api/metrics. Each instance exposes its own (the
 * scraper adds an `instance` label); counters count what this process did, so summing over
 * instances gives the shop's totals. Figures that belong to the database rather than to a
 * process (outbox backlog, OCR queue) are read at scrape time (lib/observability/database-gauges.ts).
 *
 * On globalThis: instrumentation, every route bundle and the cache handler share one registry, and
 * a development reload must not register the same metric twice.
 */
type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as typeof globalThis & { medinestMetrics?: Metrics };

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'medinest_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({ name: 'medinest_http_requests_total', help: 'HTTP requests answered, by route pattern, method and status.', labelNames: ['route', 'method', 'status'], registers }),
    httpDuration: new Histogram({
      name: 'medinest_http_request_duration_seconds',
      help: 'Time from a request arriving to its response finishing, by route pattern.',
      labelNames: ['route', 'method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    ordersPlaced: new Counter({ name: 'medinest_orders_placed_total', help: 'Orders placed, by payment method.', labelNames: ['method'], registers }),
    ordersCancelled: new Counter({ name: 'medinest_orders_cancelled_total', help: 'Orders cancelled, by who cancelled (customer, staff, system).', labelNames: ['by'], registers }),
    stockOuts: new Counter({ name: 'medinest_checkout_stock_outs_total', help: 'Checkouts refused because a product ran out of stock.', registers }),
    paymentLookups: new Histogram({
      name: 'medinest_payment_status_api_seconds',
      help: "Calls to a wallet's status API (eSewa status check, Khalti lookup), by provider and outcome.",
      labelNames: ['provider', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers,
    }),
    cacheReads: new Counter({
      name: 'medinest_cache_reads_total',
      help: "Reads of Next's cache (pages and data), by result.",
      labelNames: ['result'],
      registers,
      // Counted by lib/next-cache/handler.mjs, which Node loads outside the app's bundles.
      collect() {
        const reads = (globalThis as { medinestCacheReads?: { hit: number; miss: number } }).medinestCacheReads ?? { hit: 0, miss: 0 };
        this.reset();
        this.inc({ result: 'hit' }, reads.hit);
        this.inc({ result: 'miss' }, reads.miss);
      },
    }),
    dbQueryDuration: new Histogram({
      name: 'medinest_db_query_duration_seconds',
      help: 'SQL statements this process ran, by operation (select, insert, …) and outcome, from the call to the answer (pool wait included).',
      labelNames: ['operation', 'outcome'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    rateLimitRefusals: new Counter({ name: 'medinest_rate_limit_refusals_total', help: 'Requests refused by a rate limit, by limit.', labelNames: ['limit'], registers }),
  };
}

export const metrics: Metrics = (globalForMetrics.medinestMetrics ??= createMetrics());

// Every SQL statement the pool runs (db/traced-sql.ts) is timed here.
const observeStatement: StatementObserver = (operation, seconds, failed) => metrics.dbQueryDuration.observe({ operation, outcome: failed ? 'error' : 'ok' }, seconds);
(globalThis as { medinestStatementObserver?: StatementObserver }).medinestStatementObserver = observeStatement;
