import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import type { Database } from '@/db/connection';
import { parseListingParams } from '@/lib/catalog/listing-params';
import { searchProductIds } from '@/lib/catalog/search';
import { nepalToday } from '@/lib/nepal-time';

export type SqlTiming = { queries: number; p50: number; p95: number; p99: number; max: number; typoShare: number };

const pct = (sorted: number[], p: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Wall time of the listing's search SQL (ids + total, both paths) for each query, straight on the database. */
export async function timeSearchSql(db: Database, queries: string[]): Promise<SqlTiming> {
  const today = nepalToday();
  // One untimed pass so the first queries do not pay for cold buffers alone.
  for (const q of queries.slice(0, 20)) await searchProductIds(db, parseListingParams({ q }).query, today);
  const times: number[] = [];
  let typo = 0;
  for (const q of queries) {
    const started = performance.now();
    const page = await searchProductIds(db, parseListingParams({ q }).query, today);
    times.push(performance.now() - started);
    if (page.mode === 'typo') typo++;
  }
  times.sort((a, b) => a - b);
  return { queries: times.length, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: times[times.length - 1]!, typoShare: typo / times.length };
}

export type PlanCheck = { label: string; indexes: string[]; seqScanOnProducts: boolean; executionMs: number };

function walk(node: Record<string, unknown>, found: { indexes: Set<string>; seq: boolean }) {
  if (typeof node['Index Name'] === 'string') found.indexes.add(node['Index Name']);
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'products') found.seq = true;
  for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child, found);
}

/**
 * EXPLAIN ANALYZE of exactly the SQL the listing runs: the search is run once through a Drizzle
 * instance that records its statements, and each recorded statement is explained.
 */
export async function checkSearchPlans(url: string, queries: { label: string; q: string }[]): Promise<PlanCheck[]> {
  const recorded: { query: string; params: unknown[] }[] = [];
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { schema, casing: 'snake_case', logger: { logQuery: (query, params) => recorded.push({ query, params }) } });
  const results: PlanCheck[] = [];
  try {
    for (const { label, q } of queries) {
      recorded.length = 0;
      await searchProductIds(db as unknown as Database, parseListingParams({ q }).query, nepalToday());
      for (const [index, statement] of recorded.entries()) {
        const rows = (await client.unsafe(`explain (analyze, format json) ${statement.query}`, statement.params as never[])) as unknown as { 'QUERY PLAN': [{ Plan: Record<string, unknown>; 'Execution Time': number }] }[];
        const plan = rows[0]!['QUERY PLAN'][0];
        const found = { indexes: new Set<string>(), seq: false };
        walk(plan.Plan, found);
        results.push({ label: `${label}${recorded.length > 1 ? ` (statement ${index + 1})` : ''}`, indexes: [...found.indexes], seqScanOnProducts: found.seq, executionMs: plan['Execution Time'] });
      }
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return results;
}
