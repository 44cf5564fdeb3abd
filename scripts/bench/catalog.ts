import { sql } from 'drizzle-orm';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createScratchDatabase } from '@/test-support/test-database';
import { bindFactoryDatabase } from '@/test-support/factories/database';
import { createUser } from '@/test-support/factories/users';
import { writeBenchmarkSection } from './support/benchmarks-doc';
import { BARE_NEXT_ROWS, catalogReport, type Measured } from './support/catalog-report';
import { measure, type LoadOptions } from './support/load';
import { startNginx } from './support/nginx';
import { firstLoadJs } from './support/page-weight';
import { seedBenchCatalog } from './support/seed-bench';
import { checkSearchPlans, timeSearchSql } from './support/search-sql';
import { BARE_NEXT_DYNAMIC, BARE_NEXT_PRERENDERED, buildBareNext, startBareNext } from './support/bare-next';
import { benchSecrets, buildApp, startBareFloor, startBridge, startServer, type RunningServer } from './support/server';
import { signedInCookie } from './support/sign-in-cookie';

/**
 * `npm run bench:catalog`: 100 000 products in a database of its own on the real PostgreSQL, the
 * production build, and autocannon on the same machine. In one run and in this order, at 10 and then
 * at 50 connections: the bare Node + postgres.js floor, Next serving a static file, then the app's
 * catalog pages anonymous and signed in and the suggest endpoint, each as a share of both
 * references; then the same shop as two instances behind nginx on a shared Redis. The search SQL is
 * timed and explained, and the figures are written to docs/BENCHMARKS.md.
 */
const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '100000' },
    port: { type: 'string', default: '3411' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    server: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    'skip-build': { type: 'boolean', default: false },
    'skip-cluster': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const productCount = Number(args.products);
// port: the app; +1 its eSewa sandbox address (unused); +2 the floor; +3, +4 the two instances; +5 nginx; +6 the bare Next app.
const port = Number(args.port);
if ([3000, 3100].some((taken) => taken >= port && taken <= port + 6)) throw new Error('Ports 3000 and 3100 belong to development and e2e servers; pick another.');

const startedAt = new Date();
const database = await createScratchDatabase({ serverUrl: args.server, prefix: 'medinest_bench' });
const running: RunningServer[] = [];
const cleanups: (() => void)[] = [];
const stopAll = async () => {
  for (const server of running.splice(0).reverse()) await server.stop();
};
try {
  console.log(`Seeding ${productCount.toLocaleString('en-US')} products into ${new URL(database.url).pathname.slice(1)}…`);
  const seedStarted = performance.now();
  await seedBenchCatalog(database.db, productCount);
  await database.db.execute(sql`analyze`);
  console.log(`Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s.`);
  bindFactoryDatabase(database.db);
  const shopper = await createUser({ role: 'customer' });

  const samples = await pickSamples(database.db);
  const sqlLoad = os.loadavg()[0]!;
  const sqlTiming = await timeSearchSql(database.db, samples.sqlQueries);
  const plans = await checkSearchPlans(database.url, [
    { label: 'full-text', q: samples.fullTextWord },
    { label: 'typo', q: samples.typos[0]! },
  ]);
  console.log('Search SQL:', sqlTiming, plans);

  if (!args['skip-build']) buildApp();
  const bareNext = buildBareNext();
  cleanups.push(bareNext.remove);
  const secrets = benchSecrets();
  // Whose cache reads a row counts (/api/metrics of each instance serving it).
  let instances: string[] = [];
  const floor = await startBareFloor(database.url, port + 2);
  running.push(floor);
  const bare = await startBareNext(bareNext.dir, port + 6);
  running.push(bare);
  const app = await startServer({ databaseUrl: database.url, port, secrets });
  running.push(app);
  instances = [app.url];
  const cookie = await signedInCookie(app.url, shopper);
  await expectSignedIn(app.url, cookie);
  for (const path of [samples.productPaths[0]!, samples.searchPaths[0]!, samples.suggestPaths[0]!, samples.baselinePaths[0]!, '/icon.svg', '/']) {
    const response = await fetch(app.url + path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} before the run`);
  }

  const timing = { warmupSeconds: Number(args.warmup), seconds: Number(args.seconds) };
  const signedIn = { cookie };
  const measured: Measured[] = [];
  const run = async (phase: Measured['phase'], name: string, baseUrl: string, paths: string[], options: LoadOptions) => {
    console.log(`Load (${phase}, ${options.connections} connections): ${name}…`);
    const before = await cacheReads(instances, secrets.METRICS_TOKEN!);
    const result = await measure(name, baseUrl, paths, options);
    const after = await cacheReads(instances, secrets.METRICS_TOKEN!);
    const reads = after.hit + after.miss - before.hit - before.miss;
    const row = { ...result, phase, loadAverage: os.loadavg()[0]!, cacheHitShare: reads > 0 ? (after.hit - before.hit) / reads : null };
    console.log(row);
    measured.push(row);
  };

  for (const connections of [10, 50]) {
    const anonymous = { connections, ...timing };
    const withCookie = { ...anonymous, headers: signedIn };
    await run('references', 'bare Node + postgres.js floor (one primary-key query)', floor.url, samples.floorPaths, anonymous);
    await run('references', 'Next static file (/icon.svg)', app.url, ['/icon.svg'], anonymous);
    await run('references', BARE_NEXT_ROWS.prerendered, bare.url, [BARE_NEXT_PRERENDERED], anonymous);
    await run('references', BARE_NEXT_ROWS.dynamic, bare.url, [BARE_NEXT_DYNAMIC], anonymous);
    await run('anonymous', 'home page', app.url, ['/'], anonymous);
    await run('anonymous', 'product page', app.url, samples.productPaths, anonymous);
    await run('anonymous', 'search page, with a typo', app.url, samples.searchPaths, anonymous);
    await run('anonymous', 'listing page, by category (through the proxy)', app.url, samples.categoryPaths, anonymous);
    await run('anonymous', 'baseline page (one primary-key query)', app.url, samples.baselinePaths, anonymous);
    await run('anonymous', 'suggest endpoint', app.url, samples.suggestPaths, anonymous);
    await run('signed in', 'baseline page (one primary-key query)', app.url, samples.baselinePaths, withCookie);
    await run('signed in', 'product page', app.url, samples.productPaths, withCookie);
  }

  const weights = [];
  for (const path of ['/', samples.searchPaths[0]!, samples.productPaths[0]!]) weights.push(await firstLoadJs(app.url, path));
  await stopAll();

  if (!args['skip-cluster']) {
    // Two instances of the same build on one database and one Redis (through the Upstash REST
    // bridge, as in the many-instances test, in a process of its own), behind nginx: what production
    // looks like, on 2 cores.
    const bridge = await startBridge(args.redis);
    running.push(bridge);
    const nginxUrl = `http://127.0.0.1:${port + 5}`;
    const shared = {
      SINGLE_INSTANCE: '',
      UPSTASH_REDIS_REST_URL: bridge.url,
      UPSTASH_REDIS_REST_TOKEN: bridge.token,
      CACHE_KEY_PREFIX: `medinest-bench:${startedAt.getTime()}:`,
      TRUSTED_PROXY_HOPS: '1',
    };
    instances = [];
    for (const instancePort of [port + 3, port + 4]) {
      const instance = await startServer({ databaseUrl: database.url, port: instancePort, appUrl: nginxUrl, secrets, env: shared });
      running.push(instance);
      instances.push(instance.url);
    }
    running.push(await startNginx(port + 5, [port + 3, port + 4]));
    const clusterCookie = await signedInCookie(nginxUrl, shopper);
    await expectSignedIn(nginxUrl, clusterCookie);
    const options = { connections: 50, ...timing };
    await run('two instances behind nginx', 'Next static file (/icon.svg)', nginxUrl, ['/icon.svg'], options);
    await run('two instances behind nginx', 'product page', nginxUrl, samples.productPaths, options);
    await run('two instances behind nginx', 'search page, with a typo', nginxUrl, samples.searchPaths, options);
    await run('two instances behind nginx', 'baseline page (one primary-key query), signed in', nginxUrl, samples.baselinePaths, { ...options, headers: { cookie: clusterCookie } });
    await stopAll();
  }

  const report = catalogReport({ productCount, startedAt, timing, sqlTiming, sqlLoad, plans, measured, weights });
  console.log(`\n${report}`);
  if (!args['no-docs']) writeBenchmarkSection('Catalog', report);
} finally {
  await stopAll();
  for (const cleanup of cleanups) cleanup();
  await database.drop();
}

/** Reads of Next's cache so far, summed over the instances (lib/observability/metrics.ts). */
async function cacheReads(urls: string[], token: string): Promise<{ hit: number; miss: number }> {
  const total = { hit: 0, miss: 0 };
  for (const url of urls) {
    const text = await (await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    for (const result of ['hit', 'miss'] as const) {
      total[result] += Number(new RegExp(`^medinest_cache_reads_total\\{result="${result}"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    }
  }
  return total;
}

/** A cookie that does not sign anyone in would make the signed-in figures anonymous ones. */
async function expectSignedIn(baseUrl: string, cookie: string) {
  const response = await fetch(`${baseUrl}/account`, { headers: { cookie }, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`/account answered ${response.status} with the signed-in cookie`);
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
  const categories = (await db.execute(sql`select slug from categories order by slug`)) as unknown as { slug: string }[];
  const vocabulary = [...new Set(rows.flatMap((r) => [...words(r.generic_name), ...words(r.brand_name)]))];
  const typos = vocabulary.slice(0, 100).map(typo);
  const exact = vocabulary.slice(0, 100);
  return {
    fullTextWord: exact[0]!,
    typos,
    sqlQueries: Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? typos[(i / 2) % typos.length]! : exact[((i - 1) / 2) % exact.length]!)),
    productPaths: rows.map((r) => `/products/${r.slug}`),
    floorPaths: rows.map((r) => `/?id=${r.id}`),
    baselinePaths: rows.map((r) => `/products/bench-baseline?id=${r.id}`),
    searchPaths: typos.slice(0, 40).map((q) => `/products?q=${encodeURIComponent(q)}`),
    categoryPaths: categories.map((c) => `/products?category=${c.slug}`),
    suggestPaths: vocabulary.slice(0, 60).map((w, i) => `/api/search/suggest?q=${encodeURIComponent(i % 3 === 0 ? typo(w, i) : w.slice(0, 3 + (i % 4)))}`),
  };
}
