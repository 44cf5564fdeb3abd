import { sql } from 'drizzle-orm';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createScratchDatabase } from '@/test-support/test-database';
import { writeBenchmarkSection } from './support/benchmarks-doc';
import { catalogReport } from './support/catalog-report';
import { measure, type LoadResult } from './support/load';
import { firstLoadJs } from './support/page-weight';
import { seedBenchCatalog } from './support/seed-bench';
import { checkSearchPlans, timeSearchSql } from './support/search-sql';
import { buildApp, startServer, type RunningServer } from './support/server';

/**
 * `npm run bench:catalog` (run it under `flock /tmp/medinest-build.lock`): 100 000 products in a
 * database of its own on the real PostgreSQL, the production build, autocannon against four routes,
 * the search SQL timed and explained, and the figures written to docs/BENCHMARKS.md.
 */
const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '100000' },
    port: { type: 'string', default: '3411' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    server: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'skip-build': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const productCount = Number(args.products);
const port = Number(args.port);
if (port === 3000 || port === 3100) throw new Error('Ports 3000 and 3100 belong to development and e2e servers; pick another.');

const startedAt = new Date();
const database = await createScratchDatabase({ serverUrl: args.server, prefix: 'medinest_bench' });
let server: RunningServer | undefined;
try {
  console.log(`Seeding ${productCount.toLocaleString('en-US')} products into ${new URL(database.url).pathname.slice(1)}…`);
  const seedStarted = performance.now();
  await seedBenchCatalog(database.db, productCount);
  await database.db.execute(sql`analyze`);
  console.log(`Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s.`);

  const samples = await pickSamples(database.db);
  const loadAverages = { sql: os.loadavg()[0]!, load: 0 };
  const sqlTiming = await timeSearchSql(database.db, samples.sqlQueries);
  const plans = await checkSearchPlans(database.url, [
    { label: 'full-text', q: samples.fullTextWord },
    { label: 'typo', q: samples.typos[0]! },
  ]);
  console.log('Search SQL:', sqlTiming, plans);

  if (!args['skip-build']) buildApp();
  server = await startServer(database.url, port);
  for (const path of [samples.productPaths[0]!, samples.searchPaths[0]!, samples.suggestPaths[0]!, samples.baselinePaths[0]!]) {
    const response = await fetch(server.url + path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} before the run`);
  }

  const options = { connections: Number(args.connections), warmupSeconds: Number(args.warmup), seconds: Number(args.seconds) };
  const load: LoadResult[] = [];
  // The baseline runs first and last: other work on a shared machine drifts, and the ratios use both.
  for (const [name, paths] of [
    ['baseline (one primary-key query, rendered)', samples.baselinePaths],
    ['product page', samples.productPaths],
    ['search page, with a typo', samples.searchPaths],
    ['suggest endpoint', samples.suggestPaths],
    ['baseline, again', samples.baselinePaths],
  ] as const) {
    console.log(`Load: ${name}…`);
    const result = await measure(name, server.url, [...paths], options);
    console.log(result);
    load.push(result);
  }
  loadAverages.load = os.loadavg()[0]!;

  const weights = [];
  for (const path of ['/', samples.searchPaths[0]!, samples.productPaths[0]!]) weights.push(await firstLoadJs(server.url, path));

  const report = catalogReport({ productCount, startedAt, options, sqlTiming, plans, load, weights, loadAverages });
  console.log(`\n${report}`);
  if (!args['no-docs']) writeBenchmarkSection('Catalog', report);
} finally {
  await server?.stop();
  await database.drop();
}

async function pickSamples(db: typeof database.db) {
  const rows = (await db.execute(sql`select id, slug, brand_name, generic_name from products where active order by random() limit 400`)) as unknown as {
    id: number;
    slug: string;
    brand_name: string;
    generic_name: string;
  }[];
  const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 6);
  const typo = (word: string, i: number) => {
    const at = 2 + (i % (word.length - 3));
    return i % 2 === 0 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const vocabulary = [...new Set(rows.flatMap((r) => [...words(r.generic_name), ...words(r.brand_name)]))];
  const typos = vocabulary.slice(0, 100).map(typo);
  const exact = vocabulary.slice(0, 100);
  return {
    fullTextWord: exact[0]!,
    typos,
    sqlQueries: Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? typos[(i / 2) % typos.length]! : exact[((i - 1) / 2) % exact.length]!)),
    productPaths: rows.map((r) => `/products/${r.slug}`),
    baselinePaths: rows.map((r) => `/products/bench-baseline?id=${r.id}`),
    searchPaths: typos.slice(0, 40).map((q) => `/products?q=${encodeURIComponent(q)}`),
    suggestPaths: vocabulary.slice(0, 60).map((w, i) => `/api/search/suggest?q=${encodeURIComponent(i % 3 === 0 ? typo(w, i) : w.slice(0, 3 + (i % 4)))}`),
  };
}
