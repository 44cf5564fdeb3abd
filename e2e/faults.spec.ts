import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { generateVapidKeys } from '@/lib/env-vapid';
import { startPostgresCluster, type PostgresCluster } from '@/test-support/postgres-cluster';
import { startRedisServer, type RedisServer } from '@/test-support/redis-server';
import { startUpstashBridge, type UpstashBridge } from '@/test-support/upstash-bridge';
import { freePort } from '@/test-support/test-database';
import { startOtlpReceiver, type OtlpReceiver } from '@/test-support/otlp-receiver';
import { signIn } from './pages/sign-in';
import { E2E_DIST_DIR } from './support/e2e-config';
import { SITA } from './support/seeded-accounts';

/**
 * The production build (`next start`, built by the e2e server) on a PostgreSQL cluster and a
 * redis-server of this spec's own, which it stops and starts: sign-in through a Redis outage, and
 * how soon database pages come back after PostgreSQL does.
 */
test.describe.configure({ mode: 'serial' });

let cluster: PostgresCluster;
let redis: RedisServer;
let bridge: UpstashBridge;
let server: ChildProcess;
let appUrl: string;
let dataDir: string;
let receiver: OtlpReceiver;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  redis = await startRedisServer();
  bridge = await startUpstashBridge({ redisUrl: redis.url });
  receiver = await startOtlpReceiver();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'medinest-faults-'));
  const databaseUrl = cluster.url();
  const seeded = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/seed.ts'], {
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (seeded.status !== 0) throw new Error(`seeding the fault cluster failed:\n${seeded.stderr}${seeded.stdout}`);

  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // The build the e2e server made (scripts/e2e-app.ts), not `npm run dev`'s folder.
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || E2E_DIST_DIR,
      APP_URL: appUrl,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      UPSTASH_REDIS_REST_URL: bridge.url,
      UPSTASH_REDIS_REST_TOKEN: bridge.token,
      AUTH_TRUST_HOST: 'true',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      CRON_SECRET: randomBytes(32).toString('base64url'),
      METRICS_TOKEN: randomBytes(32).toString('base64url'),
      FILE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ...generateVapidKeys(),
      VAPID_SUBJECT: 'mailto:faults@medinest.example',
      ESEWA_ALLOW_TEST_KEY: '1',
      // No SMS gateway here, so cash on delivery may not ask for a verified number.
      COD_REQUIRES_VERIFIED_PHONE: '0',
      ESEWA_FORM_URL: `${appUrl}/esewa-unused/form`,
      ESEWA_STATUS_URL: `${appUrl}/esewa-unused/status`,
      LOG_LEVEL: 'silent',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
  });
  await expect.poll(() => fetch(`${appUrl}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] }).toBe(200);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await bridge?.stop();
  await receiver?.stop();
  await redis?.stop();
  await cluster?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A browser on this spec's own server rather than the e2e server. */
async function shopperPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: appUrl });
  return { page: await context.newPage(), close: () => context.close() };
}

async function timed(request: APIRequestContext, url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await request.get(url, { maxRedirects: 0, timeout: 10_000 });
  return { status: response.status(), ms: performance.now() - started };
}

test('a shopper signs in with the right password while Redis is down', async ({ browser, request }) => {
  const { page, close } = await shopperPage(browser);
  await redis.stop();
  try {
    const health = await timed(request, `${appUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(3_000);

    await signIn(page, SITA);
    await expect(page).toHaveURL(`${appUrl}/account`);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await redis.start();
    await close();
  }
  await expect.poll(() => timed(request, `${appUrl}/api/health`).then((r) => r.status), { timeout: 10_000 }).toBe(200);
});

test('while PostgreSQL is down pages fail fast; within 2 s of it starting they are served again', async ({ browser }) => {
  const { page, close } = await shopperPage(browser);
  await signIn(page, SITA);
  await expect(page).toHaveURL(`${appUrl}/account`);
  // The signed-in account page reads the session and the user from the database on every request.
  const account = `${appUrl}/account`;
  expect((await timed(page.request, account)).status).toBe(200);

  const recoveries: number[] = [];
  for (let run = 0; run < 3; run++) {
    await cluster.stop();
    const outageEnds = Date.now() + 3_000;
    while (Date.now() < outageEnds) {
      const [health, pageDuring] = await Promise.all([timed(page.request, `${appUrl}/api/health`), timed(page.request, account)]);
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3_000);
      expect(pageDuring.status).not.toBe(200);
      expect(pageDuring.ms).toBeLessThan(3_000);
    }
    await cluster.start();
    const backAt = performance.now();
    await expect.poll(() => timed(page.request, account).then((r) => r.status), { timeout: 10_000, intervals: [50] }).toBe(200);
    recoveries.push(Math.round(performance.now() - backAt));
  }
  test.info().annotations.push({ type: 'recovery-ms', description: recoveries.join(', ') });
  console.info(`HTTP recovery after PostgreSQL start (ms): ${recoveries.join(', ')}`);
  for (const ms of recoveries) expect(ms).toBeLessThanOrEqual(2_000);
  await page.screenshot({ path: path.join('e2e', 'artifacts', 'faults-account-after-recovery.png') });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await close();
});

test('an error page names the request id, which is the id of the failed request\'s trace', async ({ browser }) => {
  const { page, close } = await shopperPage(browser);
  await signIn(page, SITA);
  await expect(page).toHaveURL(`${appUrl}/account`);
  await cluster.stop();
  try {
    const response = await page.goto(`${appUrl}/account`);
    expect(response!.status()).toBe(500);
    const requestId = response!.headers()['x-request-id']!;
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await expect(page.getByTestId('error-reference')).toContainText(requestId);
    await page.screenshot({ path: path.join('e2e', 'artifacts', 'faults-error-reference.png') });
    // The collector has that trace, its failed SQL marked as an error.
    await expect
      .poll(() => receiver.spans.some((span) => span.traceId === requestId && span.attributes['db.system.name'] === 'postgresql' && span.status?.code === 2), { timeout: 10_000 })
      .toBe(true);
  } finally {
    await cluster.start();
    await close();
  }
});
